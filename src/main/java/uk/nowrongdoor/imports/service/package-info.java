@NullMarked
package uk.nowrongdoor.imports.service;

import org.jspecify.annotations.NullMarked;
