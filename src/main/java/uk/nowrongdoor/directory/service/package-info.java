@NullMarked
package uk.nowrongdoor.directory.service;

import org.jspecify.annotations.NullMarked;
