@NullMarked
package uk.nowrongdoor.feedback.ui;

import org.jspecify.annotations.NullMarked;
