@NullMarked
package uk.nowrongdoor.pages.ui;

import org.jspecify.annotations.NullMarked;
