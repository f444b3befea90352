@NullMarked
package uk.nowrongdoor.geo.domain;

import org.jspecify.annotations.NullMarked;
