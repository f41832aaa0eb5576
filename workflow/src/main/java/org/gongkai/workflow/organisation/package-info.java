/**
 * The agencies as a tree: who publishes, who handles, which organisation code numbers their items, and each
 * agency's 政府信息公开工作机构 (its disclosure office's contacts).
 */
package org.gongkai.workflow.organisation;
