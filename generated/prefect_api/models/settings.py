# Generated from openapi.json by `make generate`. Do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_settings import APISettings
    from ..models.cli_settings import CLISettings
    from ..models.client_settings import ClientSettings
    from ..models.cloud_settings import CloudSettings
    from ..models.deployments_settings import DeploymentsSettings
    from ..models.events_settings import EventsSettings
    from ..models.experiments_settings import ExperimentsSettings
    from ..models.flows_settings import FlowsSettings
    from ..models.internal_settings import InternalSettings
    from ..models.logging_settings import LoggingSettings
    from ..models.plugins_settings import PluginsSettings
    from ..models.results_settings import ResultsSettings
    from ..models.runner_settings import RunnerSettings
    from ..models.server_settings import ServerSettings
    from ..models.tasks_settings import TasksSettings
    from ..models.telemetry_settings import TelemetrySettings
    from ..models.testing_settings import TestingSettings
    from ..models.worker_settings import WorkerSettings


T = TypeVar("T", bound="Settings")


@_attrs_define
class Settings:
    """Settings for Prefect using Pydantic settings.

    See https://docs.pydantic.dev/latest/concepts/pydantic_settings

        Attributes:
            home (str | Unset): The path to the Prefect home directory. Defaults to ~/.prefect Default: '~/.prefect'.
            profiles_path (str | Unset): The path to a profiles configuration file. Supports \\$PREFECT_HOME templating.
                Defaults to \\$PREFECT_HOME/profiles.toml.
            debug_mode (bool | Unset): If True, enables debug mode which may provide additional logging and debugging
                features. Default: False.
            api (APISettings | Unset): Settings for interacting with the Prefect API
            cli (CLISettings | Unset): Settings for controlling CLI behavior
            client (ClientSettings | Unset): Settings for controlling API client behavior
            cloud (CloudSettings | Unset): Settings for interacting with Prefect Cloud
            deployments (DeploymentsSettings | Unset): Settings for configuring deployments defaults
            events (EventsSettings | Unset): Settings for controlling events behavior
            experiments (ExperimentsSettings | Unset): Settings for configuring experimental features
            flows (FlowsSettings | Unset): Settings for controlling flow behavior
            internal (InternalSettings | Unset):
            logging (LoggingSettings | Unset): Settings for controlling logging behavior
            plugins (PluginsSettings | Unset): Settings for configuring the plugin system.

                Each field also accepts the legacy `PREFECT_EXPERIMENTS_PLUGINS_*` env-var
                name. The system warns once at import time when any of those legacy names
                is present in the environment. Legacy `[experiments.plugins]` TOML tables
                are read as a lower-priority fallback for the same backward-compat reason.
            results (ResultsSettings | Unset): Settings for controlling result storage behavior
            runner (RunnerSettings | Unset): Settings for controlling runner behavior
            server (ServerSettings | Unset): Settings for controlling server behavior
            tasks (TasksSettings | Unset):
            telemetry (TelemetrySettings | Unset): Settings for configuring Prefect telemetry
            testing (TestingSettings | Unset):
            worker (WorkerSettings | Unset):
            ui_url (None | str | Unset): The URL of the Prefect UI. If not set, the client will attempt to infer it.
            silence_api_url_misconfiguration (bool | Unset):
                        If `True`, disable the warning when a user accidentally misconfigure its `PREFECT_API_URL`
                        Sometimes when a user manually set `PREFECT_API_URL` to a custom url,reverse-proxy for example,
                        we would like to silence this warning so we will set it to `FALSE`.
                         Default: False.
    """

    home: str | Unset = "~/.prefect"
    profiles_path: str | Unset = UNSET
    debug_mode: bool | Unset = False
    api: APISettings | Unset = UNSET
    cli: CLISettings | Unset = UNSET
    client: ClientSettings | Unset = UNSET
    cloud: CloudSettings | Unset = UNSET
    deployments: DeploymentsSettings | Unset = UNSET
    events: EventsSettings | Unset = UNSET
    experiments: ExperimentsSettings | Unset = UNSET
    flows: FlowsSettings | Unset = UNSET
    internal: InternalSettings | Unset = UNSET
    logging: LoggingSettings | Unset = UNSET
    plugins: PluginsSettings | Unset = UNSET
    results: ResultsSettings | Unset = UNSET
    runner: RunnerSettings | Unset = UNSET
    server: ServerSettings | Unset = UNSET
    tasks: TasksSettings | Unset = UNSET
    telemetry: TelemetrySettings | Unset = UNSET
    testing: TestingSettings | Unset = UNSET
    worker: WorkerSettings | Unset = UNSET
    ui_url: None | str | Unset = UNSET
    silence_api_url_misconfiguration: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        home = self.home

        profiles_path = self.profiles_path

        debug_mode = self.debug_mode

        api: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api, Unset):
            api = self.api.to_dict()

        cli: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cli, Unset):
            cli = self.cli.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        cloud: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud, Unset):
            cloud = self.cloud.to_dict()

        deployments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = self.deployments.to_dict()

        events: dict[str, Any] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events.to_dict()

        experiments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.experiments, Unset):
            experiments = self.experiments.to_dict()

        flows: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flows, Unset):
            flows = self.flows.to_dict()

        internal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.internal, Unset):
            internal = self.internal.to_dict()

        logging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logging, Unset):
            logging = self.logging.to_dict()

        plugins: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plugins, Unset):
            plugins = self.plugins.to_dict()

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        runner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runner, Unset):
            runner = self.runner.to_dict()

        server: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server, Unset):
            server = self.server.to_dict()

        tasks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.to_dict()

        telemetry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.telemetry, Unset):
            telemetry = self.telemetry.to_dict()

        testing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.testing, Unset):
            testing = self.testing.to_dict()

        worker: dict[str, Any] | Unset = UNSET
        if not isinstance(self.worker, Unset):
            worker = self.worker.to_dict()

        ui_url: None | str | Unset
        if isinstance(self.ui_url, Unset):
            ui_url = UNSET
        else:
            ui_url = self.ui_url

        silence_api_url_misconfiguration = self.silence_api_url_misconfiguration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if home is not UNSET:
            field_dict["home"] = home
        if profiles_path is not UNSET:
            field_dict["profiles_path"] = profiles_path
        if debug_mode is not UNSET:
            field_dict["debug_mode"] = debug_mode
        if api is not UNSET:
            field_dict["api"] = api
        if cli is not UNSET:
            field_dict["cli"] = cli
        if client is not UNSET:
            field_dict["client"] = client
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if events is not UNSET:
            field_dict["events"] = events
        if experiments is not UNSET:
            field_dict["experiments"] = experiments
        if flows is not UNSET:
            field_dict["flows"] = flows
        if internal is not UNSET:
            field_dict["internal"] = internal
        if logging is not UNSET:
            field_dict["logging"] = logging
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if results is not UNSET:
            field_dict["results"] = results
        if runner is not UNSET:
            field_dict["runner"] = runner
        if server is not UNSET:
            field_dict["server"] = server
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if telemetry is not UNSET:
            field_dict["telemetry"] = telemetry
        if testing is not UNSET:
            field_dict["testing"] = testing
        if worker is not UNSET:
            field_dict["worker"] = worker
        if ui_url is not UNSET:
            field_dict["ui_url"] = ui_url
        if silence_api_url_misconfiguration is not UNSET:
            field_dict["silence_api_url_misconfiguration"] = silence_api_url_misconfiguration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_settings import APISettings  # noqa: PLC0415
        from ..models.cli_settings import CLISettings  # noqa: PLC0415
        from ..models.client_settings import ClientSettings  # noqa: PLC0415
        from ..models.cloud_settings import CloudSettings  # noqa: PLC0415
        from ..models.deployments_settings import DeploymentsSettings  # noqa: PLC0415
        from ..models.events_settings import EventsSettings  # noqa: PLC0415
        from ..models.experiments_settings import ExperimentsSettings  # noqa: PLC0415
        from ..models.flows_settings import FlowsSettings  # noqa: PLC0415
        from ..models.internal_settings import InternalSettings  # noqa: PLC0415
        from ..models.logging_settings import LoggingSettings  # noqa: PLC0415
        from ..models.plugins_settings import PluginsSettings  # noqa: PLC0415
        from ..models.results_settings import ResultsSettings  # noqa: PLC0415
        from ..models.runner_settings import RunnerSettings  # noqa: PLC0415
        from ..models.server_settings import ServerSettings  # noqa: PLC0415
        from ..models.tasks_settings import TasksSettings  # noqa: PLC0415
        from ..models.telemetry_settings import TelemetrySettings  # noqa: PLC0415
        from ..models.testing_settings import TestingSettings  # noqa: PLC0415
        from ..models.worker_settings import WorkerSettings  # noqa: PLC0415

        d = dict(src_dict)
        home = d.pop("home", UNSET)

        profiles_path = d.pop("profiles_path", UNSET)

        debug_mode = d.pop("debug_mode", UNSET)

        _api = d.pop("api", UNSET)
        api: APISettings | Unset
        if isinstance(_api, Unset):
            api = UNSET
        else:
            api = APISettings.from_dict(_api)

        _cli = d.pop("cli", UNSET)
        cli: CLISettings | Unset
        if isinstance(_cli, Unset):
            cli = UNSET
        else:
            cli = CLISettings.from_dict(_cli)

        _client = d.pop("client", UNSET)
        client: ClientSettings | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = ClientSettings.from_dict(_client)

        _cloud = d.pop("cloud", UNSET)
        cloud: CloudSettings | Unset
        if isinstance(_cloud, Unset):
            cloud = UNSET
        else:
            cloud = CloudSettings.from_dict(_cloud)

        _deployments = d.pop("deployments", UNSET)
        deployments: DeploymentsSettings | Unset
        if isinstance(_deployments, Unset):
            deployments = UNSET
        else:
            deployments = DeploymentsSettings.from_dict(_deployments)

        _events = d.pop("events", UNSET)
        events: EventsSettings | Unset
        if isinstance(_events, Unset):
            events = UNSET
        else:
            events = EventsSettings.from_dict(_events)

        _experiments = d.pop("experiments", UNSET)
        experiments: ExperimentsSettings | Unset
        if isinstance(_experiments, Unset):
            experiments = UNSET
        else:
            experiments = ExperimentsSettings.from_dict(_experiments)

        _flows = d.pop("flows", UNSET)
        flows: FlowsSettings | Unset
        if isinstance(_flows, Unset):
            flows = UNSET
        else:
            flows = FlowsSettings.from_dict(_flows)

        _internal = d.pop("internal", UNSET)
        internal: InternalSettings | Unset
        if isinstance(_internal, Unset):
            internal = UNSET
        else:
            internal = InternalSettings.from_dict(_internal)

        _logging = d.pop("logging", UNSET)
        logging: LoggingSettings | Unset
        if isinstance(_logging, Unset):
            logging = UNSET
        else:
            logging = LoggingSettings.from_dict(_logging)

        _plugins = d.pop("plugins", UNSET)
        plugins: PluginsSettings | Unset
        if isinstance(_plugins, Unset):
            plugins = UNSET
        else:
            plugins = PluginsSettings.from_dict(_plugins)

        _results = d.pop("results", UNSET)
        results: ResultsSettings | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = ResultsSettings.from_dict(_results)

        _runner = d.pop("runner", UNSET)
        runner: RunnerSettings | Unset
        if isinstance(_runner, Unset):
            runner = UNSET
        else:
            runner = RunnerSettings.from_dict(_runner)

        _server = d.pop("server", UNSET)
        server: ServerSettings | Unset
        if isinstance(_server, Unset):
            server = UNSET
        else:
            server = ServerSettings.from_dict(_server)

        _tasks = d.pop("tasks", UNSET)
        tasks: TasksSettings | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = TasksSettings.from_dict(_tasks)

        _telemetry = d.pop("telemetry", UNSET)
        telemetry: TelemetrySettings | Unset
        if isinstance(_telemetry, Unset):
            telemetry = UNSET
        else:
            telemetry = TelemetrySettings.from_dict(_telemetry)

        _testing = d.pop("testing", UNSET)
        testing: TestingSettings | Unset
        if isinstance(_testing, Unset):
            testing = UNSET
        else:
            testing = TestingSettings.from_dict(_testing)

        _worker = d.pop("worker", UNSET)
        worker: WorkerSettings | Unset
        if isinstance(_worker, Unset):
            worker = UNSET
        else:
            worker = WorkerSettings.from_dict(_worker)

        def _parse_ui_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ui_url = _parse_ui_url(d.pop("ui_url", UNSET))

        silence_api_url_misconfiguration = d.pop("silence_api_url_misconfiguration", UNSET)

        settings = cls(
            home=home,
            profiles_path=profiles_path,
            debug_mode=debug_mode,
            api=api,
            cli=cli,
            client=client,
            cloud=cloud,
            deployments=deployments,
            events=events,
            experiments=experiments,
            flows=flows,
            internal=internal,
            logging=logging,
            plugins=plugins,
            results=results,
            runner=runner,
            server=server,
            tasks=tasks,
            telemetry=telemetry,
            testing=testing,
            worker=worker,
            ui_url=ui_url,
            silence_api_url_misconfiguration=silence_api_url_misconfiguration,
        )

        settings.additional_properties = d
        return settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
