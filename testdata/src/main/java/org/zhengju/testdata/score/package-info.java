/**
 * Scoring reported companies and evidence against the gold annotations, shared by every module's
 * tests.
 */
package org.zhengju.testdata.score;
