@NullMarked
package uk.nowrongdoor.content;

import org.jspecify.annotations.NullMarked;
