/**
 * The basic pages (issue 14): the directory as plain server-rendered HTML under {@code /basic/}, for a slow connection,
 * a browser without JavaScript and search engines. Thymeleaf templates in {@code templates/basic/}; the same services
 * as the Vaadin pages underneath, so both show the same results.
 */
@NullMarked
package uk.nowrongdoor.basic;

import org.jspecify.annotations.NullMarked;
