@NullMarked
package uk.nowrongdoor.base.domain;

import org.jspecify.annotations.NullMarked;
