/** 约稿 (commissions): the office asks units for 政务信息 on a topic by a deadline; a missed commission is deducted. */
package org.gongkai.workflow.commission;
