@NullMarked
package uk.nowrongdoor.api.ui;

import org.jspecify.annotations.NullMarked;
