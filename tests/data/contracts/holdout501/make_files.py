"""holdout501: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks lengths, thresholds and
rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (from any directory)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, 政府采购, buyer's paper, compliant)
H501Z01 = """
T:消防监督管理平台采购合同
P:合同编号：SZXF-ZC-2025-0416　　采购方式：公开招标（项目编号 SZCG2025-GK-0883）
P:甲方（采购人）：梅江市消防救援支队
P:乙方（供应商）：安衡数智科技有限公司
P:鉴于甲方通过政府采购公开招标方式采购“消防监督管理平台”，乙方为中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供消防监督管理平台软件许可（含监督检查、执法文书、隐患闭环、社会单位管理及移动执法模块），并根据甲方需求完成定制开发、部署实施、数据迁移和培训。
P:1.2 定制开发内容包括：与省级消防监督系统的数据接口、与城市物联网远程监控平台的告警接入、支队指挥中心大屏专题页面及十二类统计报表。具体功能以附件一《需求规格说明书》为准。
P:1.3 平台部署在甲方政务云环境，乙方不得将系统或数据部署于其他环境。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾陆万元整（¥1,960,000），包含下列各项，为固定总价：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久使用，不限用户数）|1,160,000
TB:2|定制开发（接口、告警接入、大屏及报表）|620,000
TB:3|部署实施及数据迁移|148,000
TB:4|培训（管理员及基层大队执法人员）|32,000
TB:合计||1,960,000
P:2.2 合同总价已包含税费、差旅及乙方完成本合同所需的全部费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥392,000。
P:3.2 平台部署完成并通过初验后，甲方支付合同总价的45%，即¥882,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥686,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款。
P:3.5 履约保函在最终验收合格后退还。乙方账户信息变更的，应提前书面通知甲方，否则由此造成的付款延误由乙方负责。甲方因财政资金拨付原因延迟付款的，应及时告知乙方，乙方不得因此停止履行合同义务。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后九十日内完成部署与定制开发并提请初验，初验后试运行六十日，试运行结束后十日内提请最终验收。
P:4.2 因甲方原因造成的延误，工期相应顺延。乙方应在延误发生后三日内书面说明原因和影响天数，经甲方确认后调整计划。
P:4.3 乙方应指定具有同类项目经验的项目经理一名，项目实施期间驻场工作，未经甲方同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及下周计划。
P:4.4 甲方负责提供政务云资源、网络接入、省级系统接口申请材料及历史数据，并指定联系人协调各大队配合测试。
P:4.5 需求变更须经双方书面确认。变更不增加工作量的，乙方不得另行收费；增加工作量较大的，双方另行协商。
H:第五条 验收
P:5.1 初验标准：附件一所列功能全部实现；与省级系统接口连续七日数据比对一致；告警接入延迟不超过10秒；在500名用户并发时页面响应不超过3秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；历史数据迁移经逐表抽样核对无差错；第三方安全测评无高危漏洞；提交源代码、部署文档及操作手册。甲方组织验收小组，出具书面验收报告。
P:5.3 平台上线使用、甲方支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为最终验收合格之日起三十六个月。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不高于平台软件许可费的8%（即每年不超过¥92,800），且质保期满后首两个服务年度不得上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，维护须提前三日书面通知甲方）。
P:7.2 故障分级响应：一级故障（平台整体不可用或执法文书无法生成）30分钟内响应，2小时内到场；二级故障2小时内响应；三级故障下一工作日处理。
P:7.3 一级故障响应或到场每超时1小时，乙方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，乙方支付¥2,000，可从应付款项中扣除。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方，甲方获得永久、不可撤销的使用许可。
P:8.2 定制开发成果（含接口程序、报表、大屏页面及其源代码和文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第九条 数据安全
P:9.1 平台内的监督检查记录、社会单位信息及执法数据均属甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，通过甲方堡垒机运维，不得拷贝或带离数据。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及由此产生的行政、法律责任。
H:第十条 保密
P:乙方对履行合同中知悉的甲方工作秘密、执法信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方提交的成果不符合约定且整改后仍不合格的，甲方有权拒收，并要求乙方退还已付款项。
H:第十二条 分包与转让
P:乙方不得将本合同项下的任何工作分包或转让给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。附件一《需求规格说明书》、招标文件及投标文件为本合同组成部分。
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方根据影响程度协商延期或部分免除责任。双方往来通知以书面形式送达合同首页所列地址。
P:甲方（盖章）：梅江市消防救援支队　　代表：__________　　日期：2025年6月__日
P:乙方（盖章）：安衡数智科技有限公司　　代表：__________　　日期：2025年6月__日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H501Z02 = """
T:制粉车间控制系统改造及维保合同
P:合同编号：FSMY-JS-2025-027
P:甲方：丰穗面业股份有限公司
P:乙方：禾川工控技术有限公司
P:甲方制粉车间现有控制系统运行多年，设备老化、故障频繁。为提高生产稳定性和能耗管理水平，甲方委托乙方对制粉车间控制系统实施改造并提供维保服务。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）更换制粉车间清理、制粉、配粉三个工段的主控柜和远程I/O柜，更换磨粉机、风机和输送设备的变频器。
P:（二）新增在线水分仪和流量仪表，实现润麦加水和出粉率的在线监测。
P:（三）部署工控服务器、操作站和SCADA组态软件，重新编制全部控制程序和监控画面，并与甲方现有能源管理系统对接。
P:（四）改造须利用甲方停产检修窗口分段实施，每段停机不得超过七十二小时。
H:二、合同价款
P:（一）合同总价为人民币壹佰肆拾玖万肆仟元整（¥1,494,000），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC主控柜|2套|168,000|336,000
TB:2|远程I/O柜|6套|42,000|252,000
TB:3|变频器|24台|9,500|228,000
TB:4|在线水分仪及流量仪表|18套|8,000|144,000
TB:5|工控服务器及操作站|4套|36,000|144,000
TB:6|SCADA组态软件许可（永久）|1套|180,000|180,000
TB:|设备及软件小计|||1,284,000
TB:7|安装调试及程序编制|1项|186,000|186,000
TB:8|操作及维护培训|1项|24,000|24,000
TB:|合计|||1,494,000
P:（二）上述价格含运输、保险、安装、调试及税费。
P:（三）主要设备应为原厂全新产品，型号与附件技术参数表一致。乙方确需更换型号的，须事先取得甲方书面同意，且性能不得低于原型号。设备到货时乙方应提供合格证、出厂检验报告和装箱清单，甲方开箱清点后出具到货签收单，签收单仅确认数量和外观。
H:三、付款
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）全部设备到货并安装调试完成后，甲方支付合同总价的55%。到货安装不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%。
H:四、交付与工期
P:（一）乙方应在合同签订后六十日内完成设备到货，并在甲方通知的检修窗口内完成安装调试。
P:（二）乙方应提前七日提交分段停机方案，经甲方生产部确认后实施。
P:（三）乙方施工人员进入车间须遵守甲方安全生产、食品卫生和粉尘防爆管理制度，动火作业须办理审批手续。因乙方人员违章作业造成人身伤害或财产损失的，由乙方负责。
P:（四）乙方应派驻一名项目经理和不少于三名电气、自动化工程师，改造期间驻厂工作。乙方每周提交施工进度报告，并参加甲方组织的周例会。
P:（五）甲方负责提供车间现有电气图纸、工艺流程及能源管理系统接口资料，安排停产检修窗口，并指定设备部为协调部门。
H:五、验收
P:（一）验收标准：各工段连续试生产二十日无停机性故障；控制回路动作正确率达到设计要求；润麦加水控制偏差不超过±0.3%；监控画面与现场数据一致；与能源管理系统数据对接正常。
P:（二）试生产结束后，甲方组织生产、设备、安全部门验收，出具书面验收报告。设备上电运行或甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在十日内整改，并重新组织验收。
P:（四）验收时乙方应移交竣工图纸、设备清单、程序备份、参数设定表、操作规程和维护手册各两套，并提供电子版。
H:六、质保与维保
P:（一）质保期为最终验收合格之日起二十四个月。质保期内乙方免费维修或更换故障设备，免费修改程序。
P:（二）质保期满后，乙方提供年度维保服务，包括每季度巡检、程序备份、备件支持和故障抢修。年度维保费为设备及软件小计的9%，即每年¥115,560，质保期满后三个服务年度内不上调。
P:（三）故障响应：一级故障（导致制粉线停产）乙方1小时内远程响应，2小时内到场；二级故障（单台设备故障不影响生产）8小时内到场；三级故障在下次巡检时处理。
P:（四）一级故障到场每超时1小时，乙方向甲方支付违约金¥500；因乙方原因导致停产的，乙方还应赔偿甲方直接损失。
H:七、知识产权
P:（一）乙方为本项目编制的PLC控制程序、组态工程文件和监控画面，其知识产权归甲方所有，乙方应在验收时交付全部源程序和注释文档。
P:（二）SCADA组态软件及设备内置软件的知识产权归原权利人，甲方获得永久使用许可。
H:八、数据与网络安全
P:（一）控制系统产生的生产数据、配方参数和能耗数据属于甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方应按照工业控制系统信息安全防护要求实施网络隔离，远程维护须经甲方逐次授权，不得私自保留远程连接或拷贝数据。
P:（三）发生安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成数据泄露或系统被入侵的，乙方承担全部赔偿责任。
H:九、保密
P:乙方应对甲方的配方、工艺参数、产能及其他商业秘密保密，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
P:（三）乙方施工造成甲方厂房、设备或在产物料损坏的，应负责修复或照价赔偿；因乙方原因造成停机时间超出约定窗口的，乙方应赔偿甲方由此产生的直接损失。
P:（四）设备不符合约定的，乙方应负责更换，并承担由此产生的费用。
H:十一、分包
P:乙方不得将本合同的主要工作分包。电缆敷设等辅助工作需分包的，应事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十二、合同的变更和解除
P:（一）本合同的变更或解除，应由双方协商一致并签订书面协议。
P:（二）因不可抗力致使合同目的不能实现的，任何一方可书面通知对方解除合同。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十四、其他
P:（一）因不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方协商延期履行或部分免除责任。
P:（二）双方往来通知以书面形式送达合同首页所列联系人，电子邮件经对方确认的视为送达。
P:（三）培训内容包括系统操作、日常点检、常见故障处理和程序备份恢复，培训人数不少于二十人次，经考核合格后由乙方出具培训记录。
P:（四）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术参数表、分段停机方案。
P:甲方（盖章）：丰穗面业股份有限公司　　代表：__________　　日期：2025年8月__日
P:乙方（盖章）：禾川工控技术有限公司　　代表：__________　　日期：2025年8月__日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1, SaaS + 实施)
H501Z03 = """少儿游泳连锁门店课程及会员管理SaaS服务合同

合同编号：LHYY-SaaS-2025-09
甲方：浪花少儿游泳运动发展有限公司（及其下属8家场馆）
乙方：云帆智课信息技术有限公司

甲方经营8家少儿游泳场馆，需要统一的课程排期、约课签到、会员卡及家长小程序管理。乙方提供“智课”SaaS平台及实施服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方8家场馆开通“智课”SaaS平台，包括课程排期、教练排班、约课签到、会员卡及课包管理、家长小程序、收银对账和经营报表功能。
1.2 乙方负责实施服务：历史会员及课包数据迁移、8家场馆门禁闸机对接、小程序配置上线、教练及前台人员培训。
1.3 平台部署在乙方租用的境内云服务器上，数据存储于中国境内。
1.4 服务期内乙方对平台进行的功能升级免费向甲方开放，升级不得降低已有功能或改变甲方已使用的操作流程；重大版本升级应提前十五日通知甲方并提供操作说明。
1.5 甲方各场馆前台、教练和店长账号数量不设上限，家长小程序用户数不设上限。

2. 服务期限
2.1 服务期自2025年9月1日起至2028年8月31日止，共三个服务年度。
2.2 服务期满前三十日内任何一方未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调服务费，上调幅度不超过上一服务年度服务费的8%，乙方应提前三十日书面通知甲方。

3. 费用
3.1 SaaS订阅费：每家场馆每个服务年度¥9,800，8家场馆每个服务年度¥78,400，三个服务年度合计¥235,200。
3.2 实施费¥46,000（数据迁移、小程序配置及培训）；门禁闸机对接费¥18,000。
3.3 本合同总价为¥299,200。
3.4 甲方新增场馆的，按每家每个服务年度¥9,800按月折算。
3.5 上述费用已包含平台使用、短信通知、小程序托管、数据备份和日常技术支持费用。甲方在服务期内关闭场馆的，自关闭次月起停止计收该场馆订阅费。乙方开具增值税专用发票，甲方在收到发票后付款。
3.6 小程序在线支付产生的支付通道手续费由第三方支付机构直接收取，不包含在本合同价款中。

4. 付款
4.1 SaaS订阅费按季度结算，每季度结束后十五日内，乙方提交服务报告及发票，甲方审核后支付该季度订阅费。
4.2 实施费及闸机对接费在上线验收合格后十五日内一次性支付。
4.3 本合同不设预付款。

5. 实施与验收
5.1 乙方应在2025年10月15日前完成全部实施工作并提请上线验收。
5.2 验收标准：迁移的会员数、课包余额与甲方提供的原始数据逐条核对一致；8家场馆均能完成排课、约课、签到和课时核销；闸机刷卡识别时间不超过1秒；小程序支付和退款流程测试通过；页面响应时间不超过3秒。
5.3 甲方在收到验收申请后七日内组织验收并出具书面意见。试用或上线运行不视为验收合格。
5.4 乙方应指定实施项目经理一名，组织不少于三名实施顾问，按附件实施计划分两批完成8家场馆上线，每批上线前在一家场馆试运行不少于五日。
5.5 甲方负责提供历史会员、课包及排课数据，安排场馆人员参加培训，并协调闸机厂商配合对接。
5.6 培训包括店长及前台操作、教练端排课签到、财务对账和管理报表，每家场馆培训不少于两次，乙方提供操作手册和视频教程。
5.7 乙方逾期完成上线验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

6. 服务水平
6.1 平台月度可用率不低于99.95%，计划内维护应安排在每日22:00至次日6:00之间并提前两日通知甲方。
6.2 一级故障（任一场馆无法签到或约课）乙方30分钟内响应，2小时内恢复；二级故障2小时内响应，当日解决；一般问题1个工作日内答复。
6.3 乙方每季度向甲方提交服务报告，列明可用率、故障处理、工单统计和功能更新情况，并安排客户成功经理每季度回访一次。
6.4 月度可用率每低于承诺值0.1个百分点，或一级故障恢复每超时1小时，乙方减免当季订阅费的2%，累计减免以当季订阅费为限。

7. 数据
7.1 甲方在平台中录入或产生的学员、家长、教练、课程和交易数据属于甲方所有。
7.2 学员多为未成年人，乙方应按照《个人信息保护法》及儿童个人信息保护规定处理数据，采取加密存储、访问权限控制和操作日志审计措施，仅向获授权人员开放。
7.3 发生数据泄露的，乙方应在24小时内通知甲方，并协助甲方通知家长和主管部门；因乙方原因造成数据泄露的，乙方承担全部赔偿责任。
7.4 甲方同意，乙方可对平台数据进行去标识化处理后，用于改进产品功能、训练排课推荐算法及编制少儿体育培训行业分析报告，该项使用在本合同终止后仍可继续。
7.5 合同终止后三十日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除平台中的甲方数据。

8. 知识产权
8.1 “智课”平台及其标准功能的知识产权归乙方所有。
8.2 乙方为甲方定制的课程体系配置、报表模板和小程序页面设计，其知识产权归甲方所有，甲方可自由使用、修改并交由第三方维护。
8.3 小程序以甲方名义注册，由甲方持有管理员权限；乙方应保证平台及其提供的素材不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。

9. 保密
双方对履行本合同中知悉的对方商业秘密及经营数据负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三个服务年度内继续有效。

10. 分包
乙方不得将本合同项下的服务分包给第三方，但乙方租用的云基础设施服务除外。确需分包其他工作的，须事先取得甲方书面同意。

11. 合同解除
11.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并要求乙方退还未履行期间的费用及赔偿损失。
11.2 连续两个季度发生一级故障恢复超时的，甲方有权解除合同。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会仲裁。

13. 其他
13.1 因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，不可抗力持续超过三十日的，甲方有权解除合同且无需承担违约责任。
13.2 双方往来通知以书面形式或经确认的电子邮件送达合同约定的联系人。联系人变更的，应提前五日书面通知对方。
13.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：场馆清单、实施计划。

甲方（盖章）：浪花少儿游泳运动发展有限公司    代表：__________    日期：2025年8月__日
乙方（盖章）：云帆智课信息技术有限公司    代表：__________    日期：2025年8月__日
"""

# ---------------------------------------------------------------- z04 (txt, （1） numbering, 运维, 竞争性磋商)
H501Z04 = """交通违法处理系统年度运维服务合同

项目编号：QZGA-CS-2025-112（竞争性磋商）
甲方（采购人）：清州市公安局交通警察支队
乙方（成交供应商）：恒安交通信息技术有限公司

根据清州市公安局交通警察支队交通违法处理系统年度运维服务项目竞争性磋商结果，乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及磋商文件、响应文件，双方订立本合同。

（1）服务内容
乙方为甲方交通违法处理系统提供运维服务。该系统承担全市交通违法行为的处理、告知、罚款缴纳对账和非现场执法证据审核，日均业务量约两万笔，服务范围包括：违法处理、非现场执法审核、违法告知和罚没款对账四个子系统的软件维护；系统所在服务器、存储、数据库及中间件的日常维护；驻场运维；等级保护测评配合及安全加固；重大活动期间的保障值守。服务对象包括支队机关及下属9个大队的违法处理窗口。

（2）服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

（3）合同价款
本合同总价为人民币捌拾贰万元整（¥820,000），明细如下：
驻场运维服务（2名驻场工程师）：¥468,000
应用软件维护（四个子系统）：¥216,000
数据库及中间件维护：¥84,000
等保测评配合及安全加固：¥52,000
合计：¥820,000
合同总价包含人工、差旅、备件运输、工具及税费，服务期内不作调整。服务期内因甲方业务调整新增运维对象的，双方参照上述单价另行协商。

（4）付款方式
服务费按季度支付。每季度结束后，甲方依照第（6）项进行季度考核，考核合格后十五个工作日内支付该季度服务费¥205,000；考核扣减的金额从当季服务费中扣除。本合同不设预付款。

（5）服务水平
服务期内，乙方应按下列要求提供服务：
① 系统（违法处理及非现场执法审核子系统）月度可用率不低于99.5%，计划内维护须在夜间进行并提前三日报甲方同意。
② 一级故障（全市违法处理窗口无法办理业务）：乙方15分钟内响应，1小时内到场，3小时内恢复业务。
③ 二级故障（单个大队或单个子系统功能异常）：30分钟内响应，当日恢复。
④ 三级故障（不影响业务办理的一般问题）：2个工作日内解决。
⑤ 驻场工程师工作日8:30至17:30在岗，节假日安排值班；重大活动期间按甲方要求24小时值守。
⑥ 乙方每月对服务器、存储、数据库和网络设备进行一次全面巡检，每周检查备份完整性，每季度进行一次备份恢复演练，巡检和演练记录报甲方备案。
⑦ 系统变更（补丁安装、配置修改、版本升级）须提前提交变更方案，经甲方审批后在夜间实施，并准备回退方案。

（6）考核与验收
① 季度考核：甲方按附件《运维考核细则》对可用率、故障响应与恢复时间、巡检记录、工单闭环率和驻场出勤情况进行考核，出具季度考核表。
② 月度可用率每低于承诺值0.1个百分点，扣减当季服务费的2%；一级故障响应、到场或恢复每超时一次，扣减¥1,000。
③ 考核结果分为合格与不合格，考核得分低于附件规定分值的为不合格。乙方对考核结果有异议的，可在收到考核表后五日内提出，由甲方复核后书面答复。
④ 服务期满前，乙方提交年度运维报告、巡检记录、变更记录和全部运维文档，甲方对照服务内容逐项验收，出具书面验收意见。

（7）人员与管理
① 乙方应指定项目负责人一名，负责运维工作的组织和与甲方的日常沟通，每月向甲方提交运维月报。
② 驻场工程师应具备相应技术能力和从业经验，名单及资质证明报甲方审核。乙方更换驻场人员须提前十日书面通知甲方并经甲方同意，并做好工作交接。
③ 甲方负责提供驻场办公场所、必要的网络接入和堡垒机账号，并指定联系人协调各大队配合运维工作。
④ 服务期满或合同解除时，乙方应向甲方或甲方指定的单位完成运维交接，移交全部账号、文档和未完成工单，交接期间不得中断服务。

（8）进场与交接
乙方应在服务期开始前完成人员进场和交接，交接内容包括系统账号、配置清单、备份检查及应急预案。乙方逾期进场或逾期完成交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

（9）数据安全
① 系统中的交通违法数据、当事人信息、车辆及驾驶人信息均属于甲方所有，乙方仅为履行运维职责接触，不得用于其他任何目的。
② 乙方运维人员须经甲方政审并签署保密承诺书，所有操作通过甲方堡垒机进行并留存日志，严禁将数据拷贝至任何外部介质或互联网。
③ 乙方应执行公安网络安全管理规定，发现安全事件的，应在2小时内报告甲方；因乙方原因导致数据泄露、篡改或丢失的，乙方承担全部赔偿责任及相应法律责任。

（10）保密
乙方及其人员对履行本合同中知悉的公安工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。

（11）知识产权
乙方在运维过程中为甲方编写的脚本、补丁程序、配置文档和应急预案，其知识产权归甲方所有，乙方应在服务期满时一并移交。原软件开发商的软件著作权不因本合同而转移。

（12）分包
驻场运维及应用软件维护由乙方自行完成。机房设备巡检、硬件维修等非核心工作，乙方可交由第三方完成，但应提前五个工作日书面告知甲方，乙方对第三方的工作承担责任。

（13）合同解除
乙方严重违约，经甲方书面通知后七日内仍未改正的，或连续两个季度考核不合格的，甲方有权解除合同，并要求乙方赔偿损失。

（14）法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（15）其他
乙方应为驻场人员办理工伤及意外伤害保险，驻场人员在工作中发生的人身伤害由乙方负责处理。乙方人员应遵守甲方办公区域管理、门禁和着装规定，不得进入与运维工作无关的区域，不得擅自接触执法档案和卷宗。甲方发现驻场人员不能胜任工作或违反管理规定的，有权要求乙方更换。
因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，双方根据影响程度协商处理。重大活动保障、节假日值守等临时任务，甲方应提前三日通知乙方，乙方应按要求安排人员，不另行收费。
乙方应保证所提供的服务不侵犯第三方的知识产权，因此引起的纠纷由乙方负责处理并承担责任。
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及附件《运维考核细则》为本合同组成部分。

甲方（盖章）：清州市公安局交通警察支队    代表：__________    日期：2025年6月__日
乙方（盖章）：恒安交通信息技术有限公司    代表：__________    日期：2025年6月__日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template, many problems)
H501Z05 = """# 智排APS生产排程软件销售及开发合同

> 智排软件标准合同文本 V3.0（乙方提供）

合同编号：ZP-XS-2025-0318

**甲方（买方）**：关中秦味凉皮食品有限公司

**乙方（卖方）**：智排软件科技有限公司

甲方为解决凉皮、擀面皮、米皮等产品多品种、短保质期的生产排程问题，向乙方购买智排APS生产排程软件并委托乙方进行定制开发。双方本着平等自愿的原则，订立本合同。

## 第一条 产品与服务

1. 乙方向甲方提供智排APS生产排程软件（以下简称“软件”）的使用许可，包括排程引擎、车间电子看板、仓储及物料模块。
2. 乙方根据甲方需求进行定制开发：与甲方蒸制线、切条线PLC的数据对接，订单及门店要货自动导入，配方与原料损耗管理。
3. 乙方负责软件的安装部署和操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 排程引擎许可（永久，20个并发用户） | 380,000 |
| 2 | 车间电子看板许可（永久，12块看板） | 140,000 |
| 3 | 仓储及物料模块许可（永久） | 120,000 |
| | 软件许可小计 | 640,000 |
| 4 | 定制开发（PLC对接、订单导入、配方管理） | 120,000 |
| 5 | 安装部署及培训 | 30,000 |
| | 合同总价 | 790,000 |

以上价格含增值税，不含甲方现场网络改造及硬件采购费用。

许可按并发用户数和看板数量计算。甲方需要增加用户或看板的，按乙方当时的产品报价另行购买。软件许可仅限甲方本厂区使用，甲方新建厂区或分厂使用的，应另行购买许可。乙方现场服务超出本合同约定范围的，按每人每日¥2,800另行收费，差旅费由甲方承担。

## 第三条 付款方式

1. 合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥513,500。乙方收到该款项后开始工作。
2. 软件安装部署完成并上线运行后五个工作日内，甲方支付合同总价的35%，即¥276,500。
3. 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方有权暂停服务。
4. 乙方在收到每笔款项后十个工作日内向甲方开具增值税专用发票。甲方要求变更开票信息的，应提前书面通知乙方。年度技术服务费在每个服务年度开始前支付。

## 第四条 交付

1. 乙方在收到首期款后四十五个工作日内完成安装部署。因甲方未及时提供订单数据、PLC接口资料或现场条件造成的延误，交付期限相应顺延。
2. 乙方将尽合理努力按计划交付，但不对因需求变化、第三方设备或网络原因造成的延误承担责任。
3. 甲方应在合同签订后十个工作日内向乙方提供产品清单、工艺路线、班次安排、设备产能、门店要货规则和近三个月的历史订单数据，并指定项目联系人。甲方提供的资料不完整或不准确造成的返工，由甲方承担相应费用。
4. 甲方应自行准备服务器、数据库、车间看板显示设备及网络环境，并满足乙方《部署环境要求》。甲方环境不满足要求导致部署无法进行的，乙方可暂停工作，工期相应顺延。
5. 乙方交付内容包括：软件安装介质及授权文件、用户操作手册、系统管理员手册。定制开发部分仅交付可执行程序，不交付源代码。

## 第五条 验收

软件安装部署完成并上线运行，即视为甲方验收合格。甲方在上线后提出的新需求，按变更另行计费。

## 第六条 免费维护及后续服务

1. 免费维护期为软件上线之日起六个月。免费维护期内乙方通过电话、微信及远程方式提供技术支持，乙方将尽合理努力解决甲方反映的问题。
2. 免费维护期满后，甲方应购买年度技术服务，年度技术服务费为软件许可小计的24%，即每个服务年度¥153,600。年度技术服务包括版本升级、远程支持及每个服务年度两次现场巡检。
3. 甲方未购买年度技术服务的，乙方不再提供升级和技术支持。
4. 乙方为甲方提供两次集中操作培训，培训对象为甲方计划员、车间主任和仓库管理员，每次不超过十五人。超出部分的培训按乙方收费标准另行计费。
5. 因甲方擅自修改软件配置、数据库或运行环境，或因甲方服务器、网络、PLC等设备故障导致的问题，不属于免费维护范围。

## 第七条 知识产权

1. 软件及其文档的知识产权归乙方所有，甲方获得在本厂区范围内的使用许可。
2. 乙方为甲方定制开发的程序、接口及相关文档，其知识产权归乙方所有，甲方可在本厂区内使用，但不得修改、复制或提供给第三方。乙方有权将定制开发成果用于其他客户。

## 第八条 数据安全

1. 甲方在软件中录入和产生的订单、配方、生产及库存数据归甲方所有，乙方不得用于本合同以外的目的。
2. 乙方远程维护须经甲方同意，应使用甲方分配的账号，采取必要的安全措施防止数据泄露、篡改和丢失。
3. 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并采取补救措施，并赔偿甲方因此遭受的损失。

## 第九条 保密

双方对在合作中知悉的对方技术资料、配方、价格及其他商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。本条在合同终止后三个服务年度内继续有效。

## 第十条 责任限制

1. 乙方对软件的适用性不作任何明示或默示的保证，甲方应自行确认软件是否满足其生产需要。
2. 乙方在本合同项下承担的全部责任（无论基于违约、侵权或其他原因）累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失或停产损失。

## 第十一条 合同解除


任何一方严重违反本合同，经对方书面通知后十五日内未予纠正的，守约方有权解除本合同。甲方解除合同的，已支付的许可费不予退还。

## 第十二条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

1. 因不可抗力导致一方不能履行合同的，该方不承担责任，但应及时通知对方。不可抗力包括但不限于自然灾害、疫情、政府行为、电力及通信中断。
2. 乙方有权将甲方名称及本项目作为成功案例用于宣传，但不得披露甲方的配方及生产数据。
3. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
4. 本合同一式两份，双方各执一份，自双方盖章之日起生效。
5. 本合同附件为《软件功能清单》《部署环境要求》和《定制开发需求确认单》，与本合同具有同等效力。

甲方（盖章）：关中秦味凉皮食品有限公司　　代表：__________　　日期：2025年__月__日

乙方（盖章）：智排软件科技有限公司　　代表：__________　　日期：2025年__月__日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, perpetual licences + services, CT vendor)
H501E01 = """
T:Software Licence and Services Agreement
P:Agreement No. HLS-CN-2025-071
P:This Software Licence and Services Agreement (the "Agreement") is made between Huaxing Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hohhot, Inner Mongolia (the "Customer"), and Harbor Ledger Software, Inc., a Connecticut corporation with its principal office in New Haven, Connecticut, USA (the "Vendor").
P:Background: the Customer operates four dairy processing plants and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor owns the MaintainPro software and has offered perpetual licences together with configuration, integration, data migration and training services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MaintainPro server software, web client and mobile module in the version current on the Effective Date, with its documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, scripts and configuration documents the Vendor creates for the Customer under this Agreement.
P:1.3 "Customer Data" means equipment records, work orders, spare-part stock data, maintenance history and any other data entered into the Software by or for the Customer.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 120 named users and the mobile module at the Customer's plants and offices in China.
P:2.2 The Customer may make backup copies and may allow its contractors to use the Software on the Customer's behalf. The Software will be installed on servers in the Customer's own data centre in Hohhot.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for the four plants, build an interface with the Customer's SAP ERP system for spare parts and cost centres, migrate maintenance records from the Customer's spreadsheets, and train 16 key users and 6 administrators.
P:3.2 The Vendor shall deliver a project plan within 10 days of the Effective Date and complete installation and configuration within 90 days of the Effective Date.
P:3.3 The Vendor shall appoint a project manager who speaks Chinese and has implemented the Software for at least two manufacturing customers. The project manager shall hold a weekly progress meeting with the Customer's project team and send written minutes. The Customer shall provide server capacity, network access, access to a SAP test system and the spreadsheets to be migrated, and shall make its key users available for workshops and testing. Changes to the scope must be agreed in writing, with any effect on price and dates stated before work starts.
H:Article 4 Fees and Payment
P:4.1 At the Customer's request all fees are stated and paid in Chinese Yuan (CNY). The total price is CNY 1,280,000, made up as follows:
P:(a) Perpetual licences, 120 named users at CNY 6,200 each: CNY 744,000.
P:(b) Mobile module perpetual licence: CNY 96,000 (licence subtotal: CNY 840,000).
P:(c) Configuration and SAP interface: CNY 312,000.
P:(d) Data migration: CNY 86,000.
P:(e) Training: CNY 42,000.
P:4.2 The Customer shall pay 20% of the total price (CNY 256,000) within 15 days after signature against the Vendor's invoice; 45% (CNY 576,000) after installation and configuration are complete at all four plants, which is not acceptance; and 35% (CNY 448,000) after Final Acceptance.
P:4.3 Each payment is due within 30 days after receipt of a correct VAT invoice. Prices are fixed and include all taxes, travel and expenses.
H:Article 5 Acceptance
P:5.1 After configuration the system runs in parallel with the existing records for 30 days. The acceptance criteria are: all functions in the functional specification work as described; the SAP interface transfers spare-part issues and cost postings without error for 10 consecutive working days; the migrated records reconcile with the source files; pages load within 3 seconds for 80 concurrent users; and no Severity 1 fault remains open.
P:5.2 The Customer shall test within 10 working days after the Vendor's notice of readiness and either issue a Final Acceptance certificate or list the failures. The Vendor shall correct listed failures within 10 working days and the tests will then be repeated.
P:5.3 Installation, use of the system in production or payment of any instalment does not constitute Final Acceptance.
H:Article 6 Delay
P:6.1 If the Vendor fails to reach Final Acceptance by the date in the project plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:6.2 If the delay exceeds 60 days, the Customer may also terminate this Agreement under Article 13.
H:Article 7 Warranty
P:7.1 The Vendor warrants for 18 months after Final Acceptance that the Software and the Custom Deliverables will perform substantially in accordance with the documentation. During this period the Vendor shall correct defects and provide new releases free of charge.
P:7.2 The Vendor warrants that the Software does not contain malicious code and that the services will be performed by qualified personnel.
H:Article 8 Support Levels
P:8.1 During the warranty period and any paid support period, the Vendor shall provide support by telephone, e-mail and remote session, in Chinese and English, from 8:00 to 20:00 China time on working days, and for Severity 1 faults at all times.
P:8.2 Response times: Severity 1 (system unavailable at any plant or work orders cannot be issued) within 1 hour, with a workaround within 8 hours; Severity 2 (a major function impaired) within 2 hours; Severity 3 (other issues) within 1 working day.
P:8.3 Response times are targets. The Vendor will report its performance against them each quarter. No service credits, fee reductions or other compensation apply if a target is missed.
H:Article 9 Annual Support after Warranty
P:9.1 After the warranty period the Customer may buy Annual Support, which includes new releases, defect correction and the support described in Article 8.
P:9.2 The Annual Support fee is 11% of the licence subtotal, namely CNY 92,400 per support year, and will not be increased during the first three support years after the warranty. Annual Support is ordered by purchase order and does not renew automatically.
H:Article 10 Intellectual Property
P:10.1 The Vendor retains all rights in the Software.
P:10.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them to others without further payment.
H:Article 11 Customer Data
P:11.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall return or delete any copy it holds when the services end.
H:Article 12 Confidentiality
P:12.1 Each party shall keep confidential all non-public information received from the other party, including Customer Data, production volumes, prices and the terms of this Agreement, and shall use it only for this Agreement.
P:12.2 This obligation does not apply to information that is public, already known to the receiving party or required to be disclosed by law. It continues for three years after this Agreement ends.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice describing the breach.
P:13.2 If the Customer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted and the licences may be returned for a refund.
P:13.3 The licences granted under Article 2 survive any termination other than termination for the Customer's failure to pay the licence fees.
H:Article 14 Liability
P:14.1 Each party's total liability under this Agreement is limited to 150% of the total price.
P:14.2 The limit does not apply to personal injury, wilful misconduct, infringement of third-party intellectual property rights or breach of Article 12.
P:14.3 Neither party is liable for indirect or consequential loss, including loss of profit.
H:Article 15 Subcontracting and Assignment
P:15.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:15.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.
H:Article 17 General
P:17.1 This Agreement, with its annexes (Annex A Functional Specification; Annex B Project Plan; Annex C Support Contacts), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:17.2 Notices shall be in writing and sent to the addresses on the signature page. This Agreement is made in English and Chinese, both texts being equally authentic.
P:Signed for the Customer: Huaxing Dairy Co., Ltd.    Name: __________    Date: __________
P:Signed for the Vendor: Harbor Ledger Software, Inc.    Name: __________    Date: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, SaaS, MD vendor)
H501E02 = """# Order Form No. CS-2025-0192

**Provider:** Chesapeake Shiftworks LLC, 410 Severn Avenue, Annapolis, Maryland 21403, USA ("Provider")

**Customer:** Hangzhou Maixiang Bakery Chain Co., Ltd., Xihu District, Hangzhou, Zhejiang, People's Republic of China ("Customer")

This Order Form is governed by the General Terms set out below, which form part of it. If the Order Form and the General Terms conflict, the Order Form prevails.

## A. Subscription

| Item | Detail |
|---|---|
| Service | ShiftBoard workforce scheduling, time and attendance and labour-cost analytics (web and mobile) |
| Scope | 62 bakery stores and 2 central kitchens; up to 1,400 active employees |
| Subscription Start Date | 1 October 2025, or Go-Live Acceptance if later |
| Initial Term | Three Subscription Years from the Subscription Start Date |
| Hosting | Alibaba Cloud, Shanghai region (mainland China) |

## B. Fees

At the Customer's request, all fees are in Chinese Yuan (CNY) and include VAT.

| Fee | Amount (CNY) |
|---|---|
| Subscription Fee, per Subscription Year | 268,000 |
| Subscription Fees, Initial Term (three Subscription Years) | 804,000 |
| Onboarding (configuration, payroll export, data load, training), one-time | 58,000 |
| Total Order Value | 862,000 |

Additional employees above 1,400 are charged at CNY 16 per employee per month, billed quarterly in arrears.

## C. Billing

1. Subscription Fees are invoiced quarterly in arrears (CNY 67,000 per quarter), payable within 30 days of invoice.
2. The Onboarding fee is invoiced after Go-Live Acceptance, payable within 30 days.
3. No amount is payable before the Subscription Start Date.

## D. Onboarding and Go-Live Acceptance

1. Provider shall complete onboarding by 20 September 2025: configure store and kitchen rosters, shift rules and overtime rules under Zhejiang regulations, load employee master data, build the payroll export to Customer's payroll system, and train 70 store managers.
2. Go-Live Acceptance criteria: rosters for all 64 sites published in the system; clock-in records from two pilot stores reconcile with the existing attendance data for 14 consecutive days; the payroll export file passes Customer's import test without manual correction; mobile clock-in completes within 3 seconds.
3. Customer shall sign a Go-Live Acceptance certificate or list the failures within 7 days after Provider's notice. Use of the service before that date is not acceptance.
4. If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay, deducted from the first invoices.

Signed for Customer: __________  Name / Title: __________  Date: __________

Signed for Provider: __________  Name / Title: __________  Date: __________

---

# General Terms

## 1. Definitions

1.1 "Service" means the subscription service described in the Order Form, including its mobile applications and documentation.

1.2 "Customer Data" means all data submitted to the Service by or for Customer, including employee names, schedules, attendance records and wage rates.

1.3 "Subscription Year" means each successive period beginning on the Subscription Start Date or an anniversary of it and ending on the day before the next anniversary.

## 2. Service Levels

2.1 Provider shall make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance notified at least 48 hours in advance and carried out between 01:00 and 05:00 China time.

2.2 Support is provided in Chinese through a hotline and ticket portal. Priority 1 incidents (the Service is unavailable or clock-in fails for more than one store) receive a response within 1 hour at any time and a workaround or fix within 6 hours. Priority 2 incidents receive a response within 2 business hours; Priority 3 within 1 business day.

2.3 If monthly availability falls below the level in 2.1, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each full 0.5 percentage point below it, up to 25% of that monthly amount. A missed Priority 1 response time earns a credit of CNY 500 per incident. Credits are deducted from the next invoice.

## 3. Customer Data and Security

3.1 Customer owns all Customer Data. Provider shall process Customer Data only to provide the Service and support to Customer and for no other purpose.

3.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for 180 days, maintain an MLPS level 3 filing for the hosting environment, and comply with the Personal Information Protection Law and the Data Security Law.

3.3 Provider shall notify Customer within 24 hours of becoming aware of any unauthorised access to Customer Data, take all reasonable steps to contain it, and bear the costs and losses caused to Customer by a breach resulting from Provider's failure to meet this Section 3.

3.4 Provider shall not transfer Customer Data outside mainland China, including for support purposes. Support staff outside mainland China may view Customer's screens only in a session started by Customer.

3.5 On expiry or termination Provider shall export Customer Data in CSV format within 15 days and then delete it, confirming deletion in writing.

## 4. Intellectual Property

4.1 Provider retains all rights in the Service.

4.2 Roster templates, rule sets, report layouts and the payroll export mapping prepared for Customer ("Customer Configurations") belong to Customer, who may use, modify and disclose them to any successor provider.

## 5. Confidentiality

5.1 Each party shall keep confidential the other party's non-public business, technical and financial information, use it only for this agreement and disclose it only to staff and advisers who need to know it.

5.2 These obligations continue for three years after the agreement ends, and for Customer Data for as long as Provider holds any of it.

## 6. Renewal

6.1 After the Initial Term, the subscription renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

6.2 Provider may increase the Subscription Fee for any renewal Subscription Year by up to 7% by giving Customer written notice at least 60 days before the renewal date.

## 7. Subcontractors

7.1 Provider uses Alibaba Cloud as its hosting provider, which Customer approves by signing the Order Form.

7.2 Provider shall not engage any other subcontractor or sub-processor to perform the Service without Customer's prior written consent and remains responsible for those it engages.

## 8. Term and Termination

8.1 The agreement starts on signature of the Order Form and continues for the Initial Term and any renewal.

8.2 Either party may terminate by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

8.3 If Customer terminates under 8.2, Provider shall refund any fees paid for the period after termination.

## 9. Limitation of Liability

9.1 Each party's total aggregate liability arising out of or relating to this agreement shall not exceed the fees paid or payable by Customer under this agreement in the six months immediately preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect, special or consequential damages, including lost profits or revenue.

9.3 The limits in this Section 9 do not apply to Customer's payment obligations or to either party's fraud or wilful misconduct.

## 10. Governing Law and Disputes

10.1 This agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final.

## 11. Customer Responsibilities

11.1 Customer shall keep its user credentials secure, maintain accurate employee master data, and make sure that shift rules it configures comply with applicable labour law. Provider will advise on the standard overtime and rest-day rules during onboarding but Customer decides its own rules.

11.2 Customer shall give Provider reasonable cooperation during onboarding, including access to a payroll test environment, sample data and a named project lead, and shall not use the Service to store data unrelated to workforce management.

## 12. Force Majeure

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a failure of public telecommunications networks, provided it notifies the other party promptly and does its best to resume performance.

12.2 Force majeure does not excuse Provider from maintaining the backups and disaster recovery arrangements described in the documentation, and Subscription Fees are not payable for any period in which the Service is unavailable because of such an event.

## 13. General

13.1 Neither party may assign this agreement without the other party's written consent, except to a successor of its whole business.

13.2 Notices must be in writing and sent to the addresses in the Order Form. This agreement is made in English; a Chinese translation is provided for reference.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, sensors, buyer's paper, compliant)
H501E03 = """
T:Equipment Supply and Installation Contract
P:Contract No. JXLL-EQ-2025-038
P:Buyer: Jiaxing Lianyun Cold Chain Logistics Co., Ltd., Nanhu District, Jiaxing, Zhejiang, People's Republic of China (the "Buyer").
P:Supplier: Palmetto Sensing Systems, Inc., 220 Laurens Road, Greenville, South Carolina 29607, USA (the "Supplier").
P:The Buyer operates a cold-chain warehouse with frozen, chilled and ambient zones and loading docks. It has selected the Supplier, after a competitive request for quotation, to supply, install and commission a wireless temperature and humidity monitoring system for the site. The parties therefore agree as follows.
H:Section 1 Scope
P:1.1 The Supplier shall supply the equipment and software listed in Section 2, install and calibrate all sensors, install the gateways and edge servers, configure the monitoring software, connect it to the Buyer's warehouse management system, and train the Buyer's staff.
P:1.2 The system shall record temperature and humidity at every storage position defined in Annex 1 at intervals of no more than 60 seconds, raise alarms by screen, SMS and telephone call, and keep records in a form that meets GSP requirements for cold-chain storage of food and pharmaceuticals.
P:1.3 Equipment shall be new, of the models stated in the Supplier's quotation, and suitable for operation at minus 30 degrees Celsius.
P:1.4 The Supplier shall appoint a site manager who is present during installation and who attends the Buyer's weekly coordination meeting. All installers shall follow the Buyer's site rules on safety, hygiene, forklift traffic and access to frozen zones, and shall wear the protective clothing the Buyer requires. Work in the frozen zones shall be scheduled with the Buyer's warehouse manager so that no goods are exposed to temperature excursions.
P:1.5 The Buyer shall provide power outlets at the positions shown in Annex 1, network connections for the gateways and servers, space in its server room, and access to its WMS test environment. The Buyer shall name a project contact who can make decisions on the layout of sensors.
H:Section 2 Price
P:2.1 The contract price is CNY 854,000, fixed and inclusive of VAT, delivery to site, customs clearance, insurance, installation and all other costs. At the Buyer's request it is stated and paid in CNY.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|640|420|268,800
TB:2|Dock door open/close sensor|120|260|31,200
TB:3|LoRa gateway with 4G backup|24|6,800|163,200
TB:4|Edge server with UPS|2|48,000|96,000
TB:5|ColdWatch monitoring software, perpetual licence, site|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||745,200
TB:6|Installation, calibration and WMS interface|1|96,400|96,400
TB:7|Training (operators and engineers)|1|12,400|12,400
TB:|Contract Price|||854,000
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the contract price (CNY 85,400) within 15 days after signature, against an advance-payment guarantee from the Supplier's bank.
P:3.2 The Buyer shall pay 55% (CNY 469,700) after all equipment is delivered and installed. Delivery and installation do not constitute acceptance.
P:3.3 The Buyer shall pay the balance of 35% (CNY 298,900) after Final Acceptance under Section 5.
P:3.4 Each payment is due within 20 days after the Buyer receives a correct VAT invoice.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 45 days after signature and complete installation and calibration within 25 days after delivery, working in a way that does not interrupt warehouse operations.
P:4.2 If the Supplier fails to meet either date for reasons attributable to it, the Supplier shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to 8% of the contract price.
H:Section 5 Acceptance
P:5.1 After installation the system runs for 21 days as a trial. Final Acceptance requires that: every sensor reports at the set interval throughout the trial, with no more than 20 missed readings per sensor; each sensor, checked against a reference thermometer at three points, reads within plus or minus 0.5 degrees Celsius; alarms reach the listed telephones within 60 seconds in a test of every zone; stock-location data is exchanged correctly with the WMS; and the calibration certificates and as-built documents have been handed over.
P:5.2 The Buyer shall carry out the acceptance tests with the Supplier within 7 days after the trial and sign a Final Acceptance certificate or give a written list of defects. The Supplier shall correct the defects within 10 days and the tests will be repeated.
P:5.3 Use of the system during the trial, or any payment, does not constitute acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective equipment free of charge, including parts, labour and shipping, and provide software updates and annual recalibration of the sensors.
P:6.2 The Supplier shall provide support by a hotline staffed in Chinese. Severity 1 faults (loss of monitoring for a whole zone, or a server or gateway failure) receive a response within 1 hour and an engineer on site within 24 hours; Severity 2 faults (individual sensors) are fixed within 3 working days.
P:6.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 800, and for each day by which an on-site visit is late, CNY 2,000. These amounts may be deducted from any sum due to the Supplier.
P:6.4 After the warranty period, the Supplier shall offer support and recalibration at an annual fee of 7% of the Hardware and Licence Subtotal (CNY 52,164 per support year), fixed for the first two support years after the warranty. Support is ordered by written purchase order and does not renew automatically.
H:Section 7 Data
P:7.1 All monitoring records, alarm logs and stock-location data are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this contract.
P:7.2 The system is installed on the Buyer's premises. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN; the Supplier shall not copy Buyer Data off site, and shall follow the Buyer's information security rules and the Data Security Law.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving the system and is liable for the Buyer's losses from any breach caused by the Supplier or its personnel.
H:Section 8 Intellectual Property
P:8.1 The site drawings, sensor layout, configuration files, dashboards and interface code prepared for the Buyer belong to the Buyer, who may use and modify them and give them to other contractors.
P:8.2 Embedded firmware and the ColdWatch software remain the Supplier's property and are licensed to the Buyer perpetually for this site.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this contract, including the Buyer's customers, stock data and site layout, and shall not disclose it to any third party without prior written consent.
P:9.2 This obligation survives termination for three years.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this contract is limited to 200% of the contract price.
P:10.2 The limit does not apply to personal injury, damage to goods stored at the site caused by the Supplier's negligence during installation, wilful misconduct, or breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for every approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages under Section 4.2 reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for equipment or work not accepted and remove rejected equipment at its own cost.
H:Section 13 Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.
H:Section 14 Force Majeure
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it promptly notifies the other party and takes reasonable steps to limit the delay. Dates are extended by the period of the event.
P:14.2 If such an event prevents performance for more than 60 days, either party may terminate this contract by written notice, and the Buyer shall pay for equipment delivered and work accepted up to that date.
H:Section 15 General
P:15.1 Annex 1 (storage positions and zone plan) and Annex 2 (acceptance test plan) form part of this contract. Amendments must be in writing and signed by both parties.
P:15.2 This contract is made in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, schedules as tables, managed service, AL vendor)
H501E04 = """# Managed Backup and Server Monitoring Services Agreement

Agreement No. MB-2025-CN-014

**Between:** Foshan Mulin Furniture Manufacturing Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China ("Customer")

**And:** Mobile Bay Managed IT, LLC, 150 Government Street, Mobile, Alabama 36602, USA ("Provider")

**Background.** Customer runs its ERP, design file servers and factory systems on 46 servers at its Shunde plant and a small branch office. Its backups are made by hand and have failed twice in recent months. Provider offers a managed backup and 24x7 monitoring service delivered remotely from its operations centre, with a local engineering partner in Guangdong for on-site work. The parties agree as follows.

## 1. Definitions

1. "Services" means the onboarding and managed services described in Schedule 1.
2. "Service Levels" means the levels set out in Schedule 2.
3. "Customer Data" means all data on Customer's systems and all backup copies, logs and reports made by Provider.
4. "Service Acceptance" means Customer's written confirmation that onboarding is complete under clause 4.

## 2. Term

1. The agreement starts on signature. The managed services run from Service Acceptance for 24 months (the "Service Term"), expected to be 1 November 2025 to 31 October 2027.
2. The agreement ends at the end of the Service Term. It does not renew automatically; any extension must be agreed in writing, including its price.

## 3. Charges and Payment

1. At the Customer's request all charges are in CNY and include VAT. The charges are set out in Schedule 1. The total contract value is CNY 1,154,000.
2. The onboarding charge is invoiced after Service Acceptance. The monthly charge is invoiced monthly in arrears. Each invoice is payable within 30 days.
3. No charge is payable in advance.
4. Charges are fixed for the Service Term. Additional servers are charged at the rate in Schedule 1 from the month they are added.

## 4. Onboarding and Service Acceptance

1. Provider shall complete onboarding within 45 days after signature: install backup agents on all servers, set up the on-site backup appliance and the off-site copy, install monitoring, write runbooks and agree escalation contacts.
2. Service Acceptance criteria: every server in the inventory is backed up on schedule for 10 consecutive days; a full restore of the ERP database and of two file servers succeeds within the target restore times in Schedule 2; monitoring alerts are received for a set of test events on every server; and the runbooks are delivered.
3. Customer shall test and either confirm Service Acceptance or list the failures within 5 working days after Provider's notice. Monitoring or backups running before that date are not acceptance.
4. If Service Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 900 for each day of delay, deducted from the first invoices.

## 5. Service Levels and Credits

1. Provider shall meet the Service Levels in Schedule 2 and report on them monthly, including backup success, restores performed, incidents and response times.
2. If a Service Level is missed, Provider shall give the service credit stated in Schedule 2, deducted from the next invoice. Credits in a month are limited to 25% of that month's monthly charge.
3. If Provider misses the Priority 1 response time more than twice in three consecutive months, Customer may treat that as a material breach.

## 6. Customer Data and Security

1. Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not copy, analyse, or disclose it for any other purpose.
2. Backups are stored on the appliance at Customer's plant and on an off-site copy in a data centre in Guangzhou. No Customer Data shall leave mainland China.
3. Provider shall encrypt all backups, use named accounts with multi-factor authentication, record every administrative session, apply Customer's security policies, and comply with the Data Security Law and the Personal Information Protection Law.
4. Provider shall notify Customer within 12 hours of any security incident affecting Customer Data or Customer's systems, help Customer contain it, and compensate Customer for losses caused by an incident resulting from Provider's failure to meet this clause 6.
5. At the end of the Service Term Provider shall hand over all backups and delete any copies it holds, confirming deletion in writing.

## 7. Intellectual Property

1. Runbooks, scripts, backup policies and reports prepared for Customer belong to Customer, who may use and modify them and give them to any later provider.
2. Provider's monitoring platform and tools remain Provider's property.

## 8. Subcontracting

1. Provider may use subcontractors for on-site hardware work, cabling and appliance installation in Guangdong by giving Customer written notice of the subcontractor's name before the work starts.
2. Provider remains responsible for the work of its subcontractors.

## 9. Liability

1. Each party's total liability under this agreement is limited to 150% of the total contract value.
2. The limit does not apply to personal injury, wilful misconduct, or breach of clause 6.
3. Neither party is liable for loss of profit or indirect loss.

## 10. Termination

1. Customer may terminate this agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after written notice.
2. Either party may terminate if the other becomes insolvent.
3. On termination Provider shall give reasonable assistance for up to 30 days to transfer the Services to Customer or a new provider, at the rates in Schedule 1.

## 11. Customer Responsibilities

1. Customer shall give Provider remote access through Customer's VPN, rack space and power for the backup appliance, and an administrator account on each server, and shall name an IT contact available during business hours.
2. Customer shall tell Provider at least 5 working days in advance about new servers, decommissioned servers and planned changes to its network, so that backup and monitoring can be adjusted.
3. Customer remains responsible for its own application licences, for user accounts it creates and for changes its staff make to servers outside the agreed change process.

## 12. Change Control

1. Either party may propose a change to the Services in writing. Provider shall state the effect of the change on the charges, the Service Levels and the schedule within 5 working days.
2. No change is binding until both parties sign a change note. Until then Provider shall continue to perform the Services as they stand.

## 13. Force Majeure

1. Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a failure of public power or telecommunications networks, if it notifies the other party promptly and works to resume performance.
2. Force majeure does not excuse Provider from keeping the off-site backup copy current, and the monthly charge is reduced in proportion to any period in which the Services cannot be provided.

## 14. Governing Law and Disputes

1. This agreement is governed by the laws of the People's Republic of China.
2. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 15. General

1. Amendments must be in writing and signed by both parties.
2. This agreement is made in English with a Chinese translation; the English text prevails.

## Schedule 1 - Services and Charges

| Item | Description | Charge (CNY) |
|---|---|---|
| Onboarding | Agents, appliance, off-site copy, monitoring, runbooks (one-time) | 38,000 |
| Managed backup | Daily backups of 46 servers, weekly restore test, off-site copy | 27,600 per month |
| Monitoring | 24x7 monitoring and first-line incident handling | 18,900 per month |
| Total monthly charge | | 46,500 per month |
| Monthly charges over the Service Term | 24 months x 46,500 | 1,116,000 |
| Total contract value | | 1,154,000 |
| Additional server | Backup and monitoring | 980 per server per month |
| Transition assistance | Per engineer day | 2,400 |

## Schedule 2 - Service Levels

| Measure | Level | Service credit if missed |
|---|---|---|
| Priority 1 incident (server down, ransomware alert, ERP unavailable): response | 30 minutes, 24x7 | 5% of monthly charge per incident |
| Priority 1 incident: engineer on site when needed | 6 hours | CNY 1,000 per hour late |
| Priority 2 incident (degraded service, failed backup job): response | 2 hours | 2% of monthly charge per incident |
| Failed scheduled backup job | rerun successfully the same day | 3% of monthly charge per job not rerun |
| ERP database restore time | 3 hours | 5% of monthly charge |
| File server restore time | 8 hours | 2% of monthly charge |
| Monthly service report | by the 5th working day | CNY 500 per day late |

Signed for Customer: ____________________   Date: __________

Signed for Provider: ____________________   Date: __________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, data API, WY vendor, Wyoming law)
H501E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. HPW-API-2025-0027

PARTIES

High Plains Weather Data, Inc., a Wyoming corporation, 1200 East Ivinson Avenue, Laramie, Wyoming 82070, USA ("Provider").

Heilongjiang Beifeng Grain Trading Co., Ltd., Xiangfang District, Harbin, Heilongjiang, People's Republic of China ("Customer").

BACKGROUND

Customer buys maize, soybean and rice from farms and cooperatives across Heilongjiang and Jilin and plans purchasing, drying and storage around the weather and the state of the crop. Provider operates a data service that delivers weather observations, forecasts, soil-moisture estimates and crop-condition indices by application programming interface ("API"). Customer wishes to subscribe to the service and connect it to its purchasing and warehouse systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API Service" means Provider's Agri-Weather API, the developer portal and the documentation, as described in Annex A.

1.2 "Customer Data" means field boundaries, farm locations, warehouse locations, query parameters and any other data that Customer sends to the API Service, together with the results returned to Customer for those queries.

1.3 "Subscription Year" means each successive period beginning on the Subscription Start Date or an anniversary of it and ending on the day before the next anniversary.

1.4 "Integration Acceptance" means Customer's written confirmation under section 4 that the integration meets the agreed criteria.

2. SUBSCRIPTION AND TERM

2.1 Provider grants Customer a non-exclusive, non-transferable right during the term to call the API Service and to use the results for its own business, including sharing reports with its suppliers and banks.

2.2 The Subscription Start Date is 1 December 2025 or the date of Integration Acceptance, whichever is later. The term is two Subscription Years from the Subscription Start Date.

2.3 The agreement ends at the end of the term and does not renew automatically. Any renewal, and its price, must be agreed in writing by both parties.

2.4 The subscription includes up to 3,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.02 per call, billed quarterly in arrears.

3. FEES AND PAYMENT

3.1 At the Customer's request all fees are stated and paid in Chinese Yuan (CNY), inclusive of applicable taxes:

Subscription Fee, first Subscription Year                CNY 178,000
Subscription Fee, second Subscription Year               CNY 178,000
Integration onboarding (one-time)                        CNY  28,000
Total contract value                                     CNY 384,000

3.2 Subscription Fees are invoiced quarterly in arrears (CNY 44,500 per quarter). The onboarding fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

3.3 No fee is payable before the Subscription Start Date. Fees are fixed for the term.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Provider shall, by 20 November 2025, provide sandbox and production keys, map Customer's 1,850 farm and cooperative locations and 14 warehouses, build the data feed into Customer's purchasing system, and train Customer's IT staff and analysts.

4.2 Integration Acceptance criteria: all mapped locations return observations and forecasts; the daily feed loads into the purchasing system without error for 10 consecutive days; 95th-percentile API response time is below 800 milliseconds during the test; and historical data for the past three seasons is delivered for all locations.

4.3 Customer shall confirm Integration Acceptance or list the failures within 5 working days after Provider's notice of readiness. Test or production calls before that date are not acceptance.

4.4 If Integration Acceptance is delayed beyond 20 November 2025 for reasons attributable to Provider, Provider shall pay CNY 350 for each day of delay, deducted from the first invoices.

5. SERVICE LEVELS

5.1 Provider shall make the production API available 99.95% of the time in each calendar month, measured by Provider's external monitoring and reported to Customer monthly. Scheduled maintenance must be notified 72 hours in advance and may not exceed two hours a month.

5.2 Support is available by e-mail and telephone, with a Chinese-speaking support engineer during Harbin business hours. Priority 1 incidents (production API unavailable, or returning errors for most calls) receive a response within 1 hour at any time; Priority 2 incidents within 2 business hours; Priority 3 within 2 business days.

5.3 If availability in a month falls below the level in 5.1, Customer receives a service credit of 10% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point or part of it below that level, up to the whole monthly amount. A Priority 1 response later than the time in 5.2 earns a credit of CNY 500 per incident. Credits are deducted from the next invoice.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API Service to Customer and shall not sell it, share it, aggregate it with other customers' data or use it to train models or build products.

6.2 Provider shall protect Customer Data with encryption in transit and at rest, key-based authentication with rotation every 90 days, access limited to named staff, and logging of all administrative access. Customer's farm and warehouse locations shall be stored only on servers dedicated to Customer's account.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, cooperate with Customer's investigation, and be responsible for Customer's losses caused by a breach of this section 6.

6.4 At the end of the term Provider shall return Customer Data in a standard format and delete it within 30 days, confirming deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in the API Service and its underlying datasets and models.

7.2 The location mappings, feed scripts, report templates and custom crop-index configurations made for Customer belong to Customer, who may use and modify them freely and have them maintained by third parties.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's purchasing plans, prices and supplier lists, and use it only for this agreement.

8.2 This obligation continues for three years after the agreement ends.

9. SUBCONTRACTING

9.1 Provider shall not subcontract the performance of the API Service, other than to the cloud hosting provider named in Annex A, without Customer's prior written consent.

10. LIMITATION OF LIABILITY

10.1 Each party's total liability under this agreement is limited to two times the total contract value (200%).

10.2 The limit does not apply to breach of sections 6 or 8, infringement of intellectual property rights or wilful misconduct.

11. TERMINATION

11.1 Either party may terminate this agreement by written notice if the other commits a material breach and does not cure it within 30 days after written notice.

11.2 If Customer terminates under 11.1, Provider shall refund any fees paid for the period after termination and deliver Customer Data under 6.4.

12. GOVERNING LAW AND DISPUTES

12.1 This agreement is governed by the laws of the State of Wyoming, USA, without regard to its conflict-of-laws rules.

12.2 Any dispute arising out of this agreement shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Cheyenne, Wyoming, and the language is English.

13. CUSTOMER RESPONSIBILITIES

13.1 Customer shall keep its API keys secure, use the API Service only for its own business and not resell raw data from the API Service to third parties.

13.2 Customer is responsible for its purchasing, drying and storage decisions. Forecasts are estimates, and Provider does not warrant that actual weather will match them; this does not limit Provider's obligations on availability, support and data delivery under sections 4 and 5.

14. CHANGES TO THE API SERVICE

14.1 Provider may improve the API Service during the term. Provider shall give Customer at least 90 days' written notice before removing any endpoint or field that Customer uses, and shall keep the current version available until the end of that notice period.

14.2 Provider shall publish release notes for every change and shall provide a test environment in which Customer can check new versions before they reach production.

15. FORCE MAJEURE

15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or failure of public networks, if it notifies the other party promptly and works to resume performance. Service credits under section 5 still apply to unavailability of Provider's own systems.

16. GENERAL

16.1 Annex A (API Service description and hosting) forms part of this agreement. Amendments must be in writing and signed by both parties.

16.2 Neither party may assign this agreement without the other's written consent.

16.3 Notices must be in writing and sent by courier or e-mail to the addresses above. This agreement is made in English with a Chinese translation for reference; if they differ, the English text prevails. Each party signs by its authorised representative.

SIGNATURES

For Provider: High Plains Weather Data, Inc.   Name: __________   Title: __________   Date: __________

For Customer: Heilongjiang Beifeng Grain Trading Co., Ltd.   Name: __________   Title: __________   Date: __________
"""

# ====================================================================================== labels (design)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# key: (file, lang, category, terms, extra, licence/hardware fee base or None, forum outside mainland, design rules)
DESIGN = {
    "z01": ("h501z01_fire_brigade_supervision_platform.pdf", "zh", "software",
            T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1960000), 1160000, False, []),
    "z02": ("h501z02_flour_mill_control_system_retrofit.docx", "zh", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, True, 24, 9, False, False, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1494000), 1284000, False, ["CR-LD-LOW", "CR-TERMINATION"]),
    "z03": ("h501z03_kids_swim_chain_course_saas.txt", "zh", "cloud",
            T(99.95, 0.5, True, "buyer", True, False, True, 0.08, None, None, True, None, None, None, True, True, False,
              "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=299200), None, False,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
    "z04": ("h501z04_traffic_police_violation_system_om.txt", "zh", "services",
            T(99.5, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, True,
              "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=820000), None, False,
            ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z05": ("h501z05_liangpi_factory_aps_supplier_template.md", "zh", "software",
            T(None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 6, 24, False, True, None, None, G),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=790000), 640000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("h501e01_dairy_cmms_perpetual_licence_ct_vendor.pdf", "en", "software",
            T(None, 1, False, "buyer", False, True, True, 0.1, 150, 20, True, True, 18, 11, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1280000), 840000, False, ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"]),
    "e02": ("h501e02_bakery_chain_scheduling_saas_order_form.md", "en", "cloud",
            T(99.5, 1, True, "buyer", True, True, True, 600 / 862000 * 100, 6 / 36 * 100, None, True, None, None, None,
              True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=862000), None, False,
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "e03": ("h501e03_cold_chain_warehouse_sensors.docx", "en", "hardware",
            T(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=854000), 745200, False, []),
    "e04": ("h501e04_furniture_maker_managed_backup_service.md", "en", "services",
            T(None, 0.5, True, "buyer", True, True, False, 900 / 1154000 * 100, 150, None, True, None, None, None, False,
              True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1154000), None,
            False, ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "e05": ("h501e05_grain_trader_weather_data_api_wy_vendor.txt", "en", "cloud",
            T(99.95, 1, True, "buyer", True, True, True, 350 / 384000 * 100, 200, None, True, None, None, None, False,
              True, False, "Wyoming", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=384000), None, True,
            ["CR-GOVERNING-LAW"]),
}
SOURCES = {"z01": H501Z01, "z02": H501Z02, "z03": H501Z03, "z04": H501Z04, "z05": H501Z05,
           "e01": H501E01, "e02": H501E02, "e03": H501E03, "e04": H501E04, "e05": H501E05}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco(t, x, base):
    """Policy §4: horizon 5 years from acceptance; fee base = itemised licence/hardware subtotal."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * post_years
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def rules_from_labels(t, x, base, forum_outside):
    """My own reading of policy.md §3 applied to a label."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, base)
        if c and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ====================================================================================== threshold scan
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|h(?![a-z])|hours?|hrs?)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?",
    r"(?<![\d.])240\s*(?:分钟|min)",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百千\d])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s*hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成", r"thirty" + PCT,
    r"(?<![\d.])12\s*(?:个月|months?|-month)", r"十二个月", r"twelve[\s-]*months?", r"一年", r"(?<![\d.])1\s*年",
    r"(?<![\d.])1\s*years?\b", r"\bone[\s-]*years?\b",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九点])", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成", r"forty" + PCT,
    r"(?<![\d.])5\s*(?:年(?!度)|years?|-year)", r"(?<![十\d])五\s*年(?!度)", r"\bfive[\s-]*years?",
    r"(?<![\d.])60\s*(?:个月|months?)", r"六十个月",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "4h", "four hours", "240分钟", "240 minutes",
            "0.05%", "0.05 % per day", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 percent", "百分之三十",
            "三成", "12个月", "12 months", "twelve-month", "十二个月", "one year", "one-year", "一年", "15%", "15 %",
            "百分之十五", "40%", "四成", "百分之四十", "5年", "5 years", "五年", "five years", "five-year", "60 months",
            "60个月", "1 year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "99.98%", "115%", "0.15%", "150%", "130%", "140%", "2025年",
             "2015年", "万分之五十", "服务年度", "Subscription Year", "60 days", "十五日", "1.5%", "12月", "0.055%",
             "2 business hours", "五个工作日", "25%", "five working days", "one-time", "2025年12月", "4G backup",
             "200%", "45%", "35%", "14 days"]


def threshold_hits(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    hits = []
    for v in variants:
        for rx in THRESHOLD_RE:
            for m in rx.finditer(v):
                hits.append((rx.pattern, v[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ====================================================================================== read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def check_threshold_values(key, t, x, base):
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    c = tco(t, x, base)
    if c:
        assert not (38 <= c[2] <= 42), (key, "TCO share near 40", c[2])
    return c


def main():
    self_test()
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in DESIGN.items() if v[0].endswith((".docx", ".pdf"))}
    for k, v in DESIGN.items():
        if not v[0].endswith((".docx", ".pdf")):
            (OUT / v[0]).write_text(SOURCES[k].lstrip("\n"), encoding="utf-8")
            print("wrote", v[0])
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for k, (fname, lang, cat, t, x, base, forum, design) in DESIGN.items():
        rules = rules_from_labels(t, x, base, forum)
        if rules != sorted(design):
            problems.append((k, "rules", rules, sorted(design)))
        covered |= set(rules)
        c = check_threshold_values(k, t, x, base)
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        text = read_back(OUT / fname)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        nonws = len(re.sub(r"\s+", "", text))
        for where, txt in (("built", text), ("source", SOURCES[k])):
            h = threshold_hits(txt)
            if h:
                problems.append((k, where, "threshold", h[:5]))
        print(f"{k} {fname} {lang} len={n} nonws={nonws} risk={risk(rules)} rules={rules}"
              + (f" tco={c[0]:.0f} share={c[2]:.2f}" if c else ""))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    mix = [len(v[7]) for v in DESIGN.values()]
    print("findings per draft:", mix)
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
