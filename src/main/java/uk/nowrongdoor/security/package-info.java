@NullMarked
package uk.nowrongdoor.security;

import org.jspecify.annotations.NullMarked;
