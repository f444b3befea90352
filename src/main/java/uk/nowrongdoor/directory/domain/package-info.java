@NullMarked
package uk.nowrongdoor.directory.domain;

import org.jspecify.annotations.NullMarked;
