@NullMarked
package uk.nowrongdoor.partner.domain;

import org.jspecify.annotations.NullMarked;
