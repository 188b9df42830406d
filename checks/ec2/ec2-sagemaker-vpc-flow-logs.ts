import { defineCheck, describeUsers, eachSagemakerVpc, finding, regionalList, unreadable, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'ec2-sagemaker-vpc-flow-logs',
  title: 'VPCs hosting SageMaker have an active flow log',
  severity: 'medium',
  service: 'ec2',
  resourceType: 'AWS::EC2::VPC',
  rationale:
    'VPC flow logs are the record of where the network interfaces of notebooks, jobs and endpoints connected to: without them, data ' +
    'exfiltration from an ML workload or a compromised container calling out leaves no network trace to investigate. A flow log counts when ' +
    'its status is ACTIVE, its delivery has not failed, and it records accepted traffic (TrafficType ALL or ACCEPT); a REJECT-only log does ' +
    'not show data that left. Flow logs on individual subnets or interfaces are not counted.',
  remediation: {
    console: [
      'Open the Amazon VPC console, choose Your VPCs, and select the VPC named in the finding.',
      'On the Flow logs tab choose Create flow log, set Filter to All, choose a CloudWatch Logs group or S3 bucket destination (and an IAM role for CloudWatch Logs), and create it.',
    ],
    cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::FLOW_LOG_BUCKET',
    cloudformation: 'AWS::EC2::FlowLog ResourceType: VPC, ResourceId: the VPC, TrafficType: ALL',
    terraform: 'aws_flow_log with vpc_id and traffic_type = "ALL"',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_FlowLog.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'EC2.6' }],
};

/** Without flow logs, connections made by ML workloads leave no record. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'sagemakerSubnets', 'flowLogs'],
  evaluate({ inventory, account }) {
    return eachSagemakerVpc(inventory.mlReferences, inventory.sagemakerSubnets, account, (vpc, resource) => {
      const who = describeUsers(vpc.users);
      const list = regionalList(inventory.flowLogs, vpc.region, 'flow logs');
      if (!list.ok) return unreadable(resource, `the flow logs of ${vpc.vpcId} (hosting ${who})`, list.error);
      const logs = list.value.filter((l) => l.ResourceId === vpc.vpcId);
      const describe = (l: (typeof logs)[number]) =>
        `${l.FlowLogId ?? '(unknown)'} (${l.FlowLogStatus ?? 'no status'}, ${l.TrafficType ?? 'no traffic type'}, delivery ${l.DeliverLogsStatus ?? 'unknown'})`;
      const active = logs.filter((l) => l.FlowLogStatus === 'ACTIVE' && l.DeliverLogsStatus !== 'FAILED' && (l.TrafficType === 'ALL' || l.TrafficType === 'ACCEPT'));
      const evidence = { flowLogs: logs.map(describe), active: active.map((l) => l.FlowLogId ?? '(unknown)') };
      if (active.length > 0) return finding('pass', resource, `VPC ${vpc.vpcId} (hosting ${who}) has an active flow log: ${active.map(describe).join(', ')}`, evidence);
      if (logs.length === 0) return finding('fail', resource, `VPC ${vpc.vpcId} (hosting ${who}) has no flow log`, evidence);
      return finding('fail', resource, `VPC ${vpc.vpcId} (hosting ${who}) has no active flow log recording accepted traffic: ${logs.map(describe).join(', ')}`, evidence);
    });
  },
});
