/** 政务信息 (information reports): items drafted by units, reviewed, adopted into the office's periodicals (《政务信息》, 专报, 快报, 增刊) or forwarded upward, and sent into the public catalogue. */
package org.gongkai.workflow.information;
