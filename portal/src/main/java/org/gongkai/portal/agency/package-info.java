/**
 * The agencies' public sub-sites (集约化): the tree of agencies, each agency's page with its 指南, catalogue,
 * latest items, 年报 and 依申请公开 entry, and the public list of annual reports.
 */
package org.gongkai.portal.agency;
