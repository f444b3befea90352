@NullMarked
package uk.nowrongdoor.api;

import org.jspecify.annotations.NullMarked;
