/** 建议提案办理: deputies' suggestions and members' proposals, their 主办 and 协办 units, 面商, the classified reply, the deputy's satisfaction and 再办理. */
package org.gongkai.workflow.proposal;
