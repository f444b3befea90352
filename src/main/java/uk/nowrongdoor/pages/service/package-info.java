@NullMarked
package uk.nowrongdoor.pages.service;

import org.jspecify.annotations.NullMarked;
