@NullMarked
package uk.nowrongdoor.admin.ui;

import org.jspecify.annotations.NullMarked;
