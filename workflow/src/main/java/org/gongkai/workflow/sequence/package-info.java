/** Gap-free yearly serial numbers shared by every kind of numbered record. */
package org.gongkai.workflow.sequence;
