@NullMarked
package uk.nowrongdoor.partner.ui;

import org.jspecify.annotations.NullMarked;
