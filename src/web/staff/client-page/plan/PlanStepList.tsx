import type { PlanStep } from '../../../endpoints/client-types';
import { PlanStepItem } from './PlanStepItem';

export function PlanStepList({ steps, onChanged }: { steps: readonly PlanStep[]; onChanged: (message: string) => void }) {
  return (
    <ul className="koers-plain-list koers-plan-steps">
      {steps.map((step) => (
        <li key={step.id}>
          <PlanStepItem step={step} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}
