@NullMarked
package uk.nowrongdoor.admin.service;

import org.jspecify.annotations.NullMarked;
