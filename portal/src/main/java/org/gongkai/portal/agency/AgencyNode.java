package org.gongkai.portal.agency;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.workflow.organisation.AgencyKind;
import org.gongkai.workflow.organisation.AgencyTree;
import org.gongkai.workflow.organisation.Department;

/** An agency and the agencies below it, as the public pages draw the tree. */
public record AgencyNode(String code, String name, AgencyKind kind, List<AgencyNode> children) {

	/** The tree below the government: its departments first, then its districts with their departments. */
	static AgencyNode of(AgencyTree tree, Department agency) {
		var children = tree.children(agency.getCode());
		var ordered = new ArrayList<Department>();
		children.stream().filter(c -> !c.isDistrict()).forEach(ordered::add);
		children.stream().filter(Department::isDistrict).forEach(ordered::add);
		return new AgencyNode(agency.getCode(), agency.getName(), agency.getKind(),
				ordered.stream().map(child -> of(tree, child)).toList());
	}

	public boolean district() {
		return kind == AgencyKind.DISTRICT;
	}

	/** The departments directly below (no districts). */
	public List<AgencyNode> departments() {
		return children.stream().filter(c -> !c.district()).toList();
	}

	/** The districts directly below. */
	public List<AgencyNode> districts() {
		return children.stream().filter(AgencyNode::district).toList();
	}
}
