/** 政府信息公开指南: the guides of the government and of each agency, generated from the offices' data and the column tree. */
package org.gongkai.portal.guide;
