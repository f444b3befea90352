@NullMarked
package uk.nowrongdoor;

import org.jspecify.annotations.NullMarked;
