@NullMarked
package uk.nowrongdoor.intake.ui;

import org.jspecify.annotations.NullMarked;
