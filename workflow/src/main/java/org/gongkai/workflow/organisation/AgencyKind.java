package org.gongkai.workflow.organisation;

/** What an agency is in the tree: the government at the root, a department, or a district government. */
public enum AgencyKind {

	/** The government that runs the platform (本级人民政府); the root of the tree. */
	GOVERNMENT,

	/** A department (工作部门) of the government or of a district. */
	DEPARTMENT,

	/** A district or county government (区/县人民政府), with departments of its own. */
	DISTRICT;

	/** Whether the agency is a government (the root or a district): it reports for the agencies below it. */
	public boolean isGovernment() {
		return this != DEPARTMENT;
	}
}
