/**
 * The numbered notices of a disclosure or correction request (受理回执, 补正告知书, 延期告知书, 第三方意见征询函,
 * 收费通知, 答复告知书, 更正申请答复告知书) as PDF letters in the formal layout of GB/T 9704, with an embedded CJK font;
 * their wording is in {@code templates/letters/}.
 */
package org.gongkai.portal.documents;
