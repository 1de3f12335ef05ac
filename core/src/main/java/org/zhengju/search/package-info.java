/** The passage search extension point and its results. */
package org.zhengju.search;
