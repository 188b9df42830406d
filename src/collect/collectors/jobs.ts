/**
 * SageMaker jobs other than training: processing, batch transform, hyperparameter tuning, AutoML and compilation.
 * Jobs are history: with --since, the jobs created since then and every job still running are described (see
 * `listAndDescribe`); without it, every job the list calls return.
 */
import type { Collector } from '../context.js';
import type { AutoMLJob, CompilationJob, ProcessingJob, TransformJob, TuningJob } from '../../inventory/types.js';
import { listAndDescribe } from './sagemaker.js';

export const collectProcessingJobs: Collector<'processingJobs'> = (ctx) =>
  listAndDescribe<ProcessingJob>(ctx, {
    listOperation: 'ListProcessingJobs',
    itemsKey: 'ProcessingJobSummaries',
    nameKey: 'ProcessingJobName',
    arnKey: 'ProcessingJobArn',
    describeOperation: 'DescribeProcessingJob',
    describeNameKey: 'ProcessingJobName',
    history: { runningStatus: 'InProgress', summaryStatusKey: 'ProcessingJobStatus' },
  });

export const collectTransformJobs: Collector<'transformJobs'> = (ctx) =>
  listAndDescribe<TransformJob>(ctx, {
    listOperation: 'ListTransformJobs',
    itemsKey: 'TransformJobSummaries',
    nameKey: 'TransformJobName',
    arnKey: 'TransformJobArn',
    describeOperation: 'DescribeTransformJob',
    describeNameKey: 'TransformJobName',
    history: { runningStatus: 'InProgress', summaryStatusKey: 'TransformJobStatus' },
  });

export const collectTuningJobs: Collector<'tuningJobs'> = (ctx) =>
  listAndDescribe<TuningJob>(ctx, {
    listOperation: 'ListHyperParameterTuningJobs',
    itemsKey: 'HyperParameterTuningJobSummaries',
    nameKey: 'HyperParameterTuningJobName',
    arnKey: 'HyperParameterTuningJobArn',
    describeOperation: 'DescribeHyperParameterTuningJob',
    describeNameKey: 'HyperParameterTuningJobName',
    history: { runningStatus: 'InProgress', summaryStatusKey: 'HyperParameterTuningJobStatus' },
  });

/**
 * ListAutoMLJobs lists jobs of both API versions; DescribeAutoMLJobV2 "returns information about an AutoML job
 * created by calling CreateAutoMLJobV2 or CreateAutoMLJob" (API reference), whereas DescribeAutoMLJob cannot read
 * V2 jobs. So one describe call serves every job, with SecurityConfig at the top level for both versions.
 */
export const collectAutoMLJobs: Collector<'autoMLJobs'> = (ctx) =>
  listAndDescribe<AutoMLJob>(ctx, {
    listOperation: 'ListAutoMLJobs',
    itemsKey: 'AutoMLJobSummaries',
    nameKey: 'AutoMLJobName',
    arnKey: 'AutoMLJobArn',
    describeOperation: 'DescribeAutoMLJobV2',
    describeNameKey: 'AutoMLJobName',
    history: { runningStatus: 'InProgress', summaryStatusKey: 'AutoMLJobStatus' },
  });

export const collectCompilationJobs: Collector<'compilationJobs'> = (ctx) =>
  listAndDescribe<CompilationJob>(ctx, {
    listOperation: 'ListCompilationJobs',
    itemsKey: 'CompilationJobSummaries',
    nameKey: 'CompilationJobName',
    arnKey: 'CompilationJobArn',
    describeOperation: 'DescribeCompilationJob',
    describeNameKey: 'CompilationJobName',
    history: { runningStatus: 'INPROGRESS', summaryStatusKey: 'CompilationJobStatus' },
  });
