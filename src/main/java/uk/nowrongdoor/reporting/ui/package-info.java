@NullMarked
package uk.nowrongdoor.reporting.ui;

import org.jspecify.annotations.NullMarked;
