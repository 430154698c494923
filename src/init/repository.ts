// Every file of a new list repository, as (relative path, content) pairs: pure, so the command
// only checks the folder and writes.
import type { LawText } from './laws.js';
import { exampleMatter, listYaml, unitsYaml, type ListSettings } from './list-files.js';
import { readme } from './readme.js';
import { EDITORCONFIG, GITATTRIBUTES, GITIGNORE, githubWorkflow, gitlabCi, vscodeExtensions, vscodeSettings } from './repo-files.js';
import { toolFiles, type RunningBuild, type ToolFile } from './vendor.js';

export type RepoFile = ToolFile;

export function repositoryFiles(s: ListSettings, law: LawText, build: RunningBuild): RepoFile[] {
  const list = `lists/${s.slug}`;
  const example = exampleMatter(s);
  return [
    { path: `${list}/list.yaml`, content: listYaml(s) },
    { path: `${list}/matters/${example.id}.yaml`, content: example.text },
    { path: `${list}/adjustments/.gitkeep`, content: '' },
    { path: 'lists/units.yaml', content: unitsYaml(s) },
    { path: `lists/laws/${law.file}`, content: law.text },
    ...toolFiles(build),
    { path: '.github/workflows/dutylist.yml', content: githubWorkflow(s) },
    { path: '.gitlab-ci.yml', content: gitlabCi(s) },
    { path: '.vscode/settings.json', content: vscodeSettings() },
    { path: '.vscode/extensions.json', content: vscodeExtensions() },
    { path: '.gitattributes', content: GITATTRIBUTES },
    { path: '.editorconfig', content: EDITORCONFIG },
    { path: '.gitignore', content: GITIGNORE },
    { path: 'README.md', content: readme(s, example.id, build.version) },
  ];
}
