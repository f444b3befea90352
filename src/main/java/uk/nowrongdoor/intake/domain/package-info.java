@NullMarked
package uk.nowrongdoor.intake.domain;

import org.jspecify.annotations.NullMarked;
