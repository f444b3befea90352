@NullMarked
package uk.nowrongdoor.partner.service;

import org.jspecify.annotations.NullMarked;
