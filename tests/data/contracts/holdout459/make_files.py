"""holdout459: builds the ten blind drafts (.txt/.md written directly, .docx/.pdf via ../word_pdf.py), writes their
labels, derives each draft's expected rules from its labels by my own reading of policy.md section 3, checks them
against the design list, asserts full rule coverage, measures text lengths as read back, and scans every built file
and every source for threshold figures. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H459Z01 = """T:清河市高标准农田建设监管平台采购合同
P:合同编号：QHNY-ZC-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：清河市农业农村局
P:乙方（供应商）：杭州禾田数字科技有限公司
P:鉴于甲方就“清河市高标准农田建设监管平台项目”依法组织公开招标，乙方为中标供应商。双方根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同。招标文件、投标文件、中标通知书为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供高标准农田监管平台软件（永久许可，不限用户数），并按甲方需求完成定制开发：项目图斑与地块管理、建设进度填报与审核、资金拨付跟踪、移动巡查APP、耕地质量监测数据接入、农田建设“一张图”展示。
P:1.2 乙方负责第三次国土调查成果、遥感影像及历年项目档案的数据迁移，并完成与省级农田建设综合监测监管平台的数据对接。
P:1.3 系统应支持市、县、乡三级用户分级管理，覆盖全市已建和在建高标准农田项目，并预留与财政、审计部门系统对接的接口。
P:1.4 系统部署于甲方指定的政务云，乙方负责安装、联调、试运行及对市、县两级用户的培训。
H:第二条 合同价款
P:2.1 合同总价为人民币2,240,000元（含税），明细如下：平台软件许可费1,180,000元；定制开发费760,000元；数据迁移与对接费210,000元；实施及培训费90,000元。
P:2.2 合同总价为固定价格，已包含软件许可、开发、迁移、部署、差旅、培训及税费，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，计448,000元。
P:3.2 初步验收合格后，甲方支付合同总价的45%，计1,008,000元。
P:3.3 最终验收合格后，甲方支付合同总价的35%，计784,000元。系统上线、试运行或甲方使用系统均不视为验收合格。
P:3.4 乙方应在签约后10日内提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第四条 交付期限
P:合同签订后150日内，乙方完成部署、定制开发及数据迁移并申请初步验收；初步验收合格后试运行60日，试运行结束后申请最终验收。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；1,000个并发用户下查询响应时间不超过3秒；迁移数据与源数据逐项比对一致，差错率为零；与省级平台的接口连续10日上报成功。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方安全测评通过；源代码、设计文档、数据字典、操作手册全部交付并经甲方确认。
P:5.3 甲方在收到验收申请后10个工作日内组织验收并出具书面验收报告。未经书面验收，不视为验收合格。
H:第六条 质保与维护
P:6.1 免费质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及远程与现场技术支持。
P:6.2 质保期满后甲方如续购维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过94,400元，且在质保期满后三个服务年度内不得上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 系统月度可用率不低于99.95%，计划内维护须提前3个工作日书面通知甲方，且安排在非工作时间。
P:7.2 故障分级响应：一级故障（平台整体不可用或影响省级上报）30分钟内响应，2小时内到场或远程处理，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障1个工作日内响应。
P:7.3 乙方未达到上述响应或恢复时限的，每超时1小时扣减800元；月度可用率每低于约定值0.01个百分点扣减1,000元。扣款从履约保证金或应付款中抵扣。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据库结构、源代码及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台内的全部业务数据、图斑数据及影像数据归甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密传输、操作日志留存等措施；运维访问须经甲方审批并通过堡垒机进行，不得将数据拷贝出政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密及未公开信息负有保密义务，未经甲方书面同意不得披露；本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且经两次整改仍不合格的，甲方有权要求退还已付款项并赔偿损失。
P:11.3 甲方逾期付款的，每逾期一日按未付款项的万分之三支付违约金。
H:第十二条 分包与转包
P:乙方不得转包本项目；未经甲方书面同意，不得将任何部分分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，或逾期超过60日，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有同类项目经验的项目经理，并组建不少于8人的实施团队，其中驻场人员不少于4人。项目经理未经甲方书面同意不得更换。
P:14.2 乙方应每周提交项目周报，每月参加甲方组织的项目例会，及时报告进度偏差及风险并提出应对措施。
P:14.3 乙方应在项目启动后20日内提交需求规格说明书和详细设计方案，经甲方确认后实施；需求变更须经双方书面确认，不增加合同价款的变更乙方应予配合。
P:14.4 乙方应为市、县两级用户提供不少于6期集中培训，编制操作手册和培训视频，确保各县区管理人员能够独立使用系统。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，根据影响程度部分或全部免除责任；不可抗力影响持续超过60日的，双方可协商解除合同。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。履行中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。未尽事宜，双方另行签订补充协议。
P:甲方（盖章）：清河市农业农村局　　乙方（盖章）：杭州禾田数字科技有限公司
P:法定代表人或授权代表：＿＿＿＿　　法定代表人或授权代表：＿＿＿＿
P:日期：2026年3月　日　　日期：2026年3月　日
"""

H459Z02 = """T:胶印机控制系统改造及维保合同
P:合同编号：HYCY-SB-2026-032
P:甲方：嘉兴恒印彩色印刷有限公司
P:乙方：苏州卓控自动化工程有限公司
P:甲方现有两台四色单张纸胶印机电气控制系统老化、故障频发，决定对其进行改造。乙方具备相应的设计、供货及施工能力。双方依据《中华人民共和国民法典》，就控制系统改造及后续维保事宜订立本合同。
H:一、改造内容
P:（一）拆除两台胶印机原有控制柜及操作台，更换主控PLC、伺服驱动系统、触摸屏操作台及墨量遥控单元。
P:（二）安装印刷控制软件，实现墨量预置、套准自动控制、故障诊断和生产数据采集，并与甲方ERP系统对接生产工单。
P:（三）乙方负责停机期间的拆除、安装、布线、调试、试印及操作人员培训，每台停机时间不超过12天。
P:（四）改造后控制系统应兼容甲方现有的印前CIP3数据，实现墨区预置；操作界面为中文，可记录每一工单的开机时间、印量、废品数和停机原因，并按班次生成报表。
P:（五）乙方应对改造后的电气柜进行防尘、散热设计，满足印刷车间温湿度环境，并在柜内张贴中文接线标识。
H:二、合同价款
P:（一）合同总价为人民币940,000元（含税），明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|主控PLC及扩展模块|2套|168,000|336,000
TB:2|伺服驱动器及电机|16套|14,500|232,000
TB:3|触摸屏操作台及墨控单元|2套|46,000|92,000
TB:4|印刷控制软件许可（永久）|2套|85,000|170,000
TB:|软硬件小计|||830,000
TB:5|拆除、安装、调试|1项|96,000|96,000
TB:6|操作及维护培训|1项|14,000|14,000
TB:|合同总价|||940,000
P:（二）上述价格包含设备、软件、运输、保险、安装、调试、培训及税费。
H:三、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的20%作为预付款，计188,000元。
P:（二）全部设备到货并经开箱检验后，甲方支付合同总价的35%，计329,000元。到货及安装不视为验收。
P:（三）最终验收合格后，甲方支付合同总价的45%，计423,000元。
H:四、交付与工期
P:（一）乙方应在合同生效后75日内完成供货，并按甲方安排的停机计划完成两台设备的改造。
P:（二）停机计划由甲方提前10日书面通知，乙方应按期进场。
P:（三）设备交付时，乙方应提供装箱单、合格证、原产地证明及软件许可证书；开箱检验由双方共同进行，发现缺损的，乙方应在7日内补齐或更换。
H:五、验收
P:（一）验收标准：两台设备连续72小时生产运行无停机故障；套准精度不大于0.03毫米；从开机到首张合格印品的准备时间较改造前缩短两成以上；墨量预置与ERP工单数据一致；操作人员培训考核合格。
P:（二）验收由双方共同进行，出具书面验收报告。设备安装、试印或甲方投入生产均不视为验收合格。
H:六、质保与维保
P:（一）免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件并提供软件升级。
P:（二）质保期满后，甲方可选择续购维保服务，年度维保费为软硬件小计的9%，即74,700元/年，三个服务年度内不上调。
P:（三）故障响应：一级故障（整机停机）1小时内响应，6小时内到场；二级故障（单项功能失效）8小时内到场；三级故障48小时内处理。乙方每超时1小时，向甲方支付500元。
H:七、知识产权
P:（一）PLC程序、伺服控制软件及印刷控制软件的既有知识产权归原权利人，甲方获得永久使用许可。
P:（二）乙方为甲方定制的墨量预置算法参数、ERP对接程序及配置文件的知识产权归甲方所有，乙方应交付源代码。
H:八、数据安全
P:（一）设备运行数据、生产工单及客户印件资料归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次授权，通过甲方提供的VPN账号进行并留存日志；不得复制、外传甲方数据。
P:（三）因乙方原因造成数据泄露或丢失的，乙方应立即通知甲方、采取补救措施，并承担全部赔偿责任。
H:九、保密
P:双方对在履约中获知的对方商业秘密、客户资料和技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:十、分包
P:乙方可以将电气布线、设备吊装等辅助工作分包给具备相应资质的单位，但应事先通知甲方；乙方对分包部分的质量和安全承担责任。
H:十一、违约责任
P:（一）乙方逾期供货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）改造后设备达不到验收标准且经两次整改仍不合格的，甲方有权要求乙方恢复原状或退还已付款项，并赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按未付款项的万分之三支付违约金。
H:十二、合同解除
P:乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同并要求赔偿损失。
H:十三、培训与技术资料
P:（一）乙方应在设备调试完成后对甲方机长、电工及设备管理人员进行操作和维护培训，每台设备不少于3个班次，培训后进行实操考核。
P:（二）乙方应向甲方交付电气原理图、接线图、PLC程序备份、参数清单、备件清单和中文操作维护手册各两套，并提供电子版。
H:十四、安全生产
P:（一）乙方人员进入甲方厂区应遵守甲方安全生产管理制度，执行动火、登高及停送电审批手续，拆除和安装期间须设专人监护。
P:（二）乙方应为施工人员购买意外伤害保险，特种作业人员须持证上岗。
P:（三）因乙方原因造成人身伤害或设备、厂房损坏的，由乙方承担全部责任。
H:十五、双方义务
P:（一）甲方负责提供设备停机窗口、施工用电、压缩空气及必要的吊装场地，并指派设备管理人员全程配合。
P:（二）乙方应在施工期间做好现场防护，不得污染纸张、油墨及已完工印品；每日施工结束后清理现场。
P:（三）乙方应在改造前对原设备进行全面检测并记录状态，改造方案经甲方确认后方可施工；施工期间每日向甲方报告进度。
P:（四）乙方应对拆除的旧控制柜、线缆进行分类整理，可利用的备件移交甲方，其余废弃物按甲方要求运至指定地点。
P:（五）改造涉及原设备制造商技术资料或授权的，由乙方负责协调取得，费用已含在合同总价内。
H:十六、备品备件
P:乙方保证在设备停产后八年内持续供应主要备件，备件价格不高于同期市场价格；质保期内乙方在甲方现场存放常用易损件一套。
H:十七、不可抗力
P:因不可抗力不能按期履行的，受影响一方应及时通知对方，并在10日内提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:十八、法律适用与争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，提交嘉兴仲裁委员会仲裁。
H:十九、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备清单、停机计划、验收测试表。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:授权代表：　　　　　　　　授权代表：
P:日期：2026年4月　日　　　日期：2026年4月　日
"""

H459Z03 = """口腔诊所连锁预约及电子病历SaaS服务合同

合同编号：YK-IT-2026-009

甲方：上海悦康口腔医疗管理有限公司（含其下属19家门诊部）
乙方：广州牙联云信息技术有限公司

甲方经营19家口腔门诊部，拟统一使用线上预约、电子病历及影像管理系统。乙方提供“牙联云”口腔诊所SaaS服务。双方经协商，订立本合同。

1. 服务内容
1.1 乙方向甲方19家门店提供牙联云SaaS服务，包括：线上预约与排班、患者档案、电子病历、口腔影像存储与调阅、收费与会员、短信提醒、集团经营报表。
1.2 乙方负责实施：系统配置、旧系统患者档案及近三年病历的迁移、与甲方财务软件及影像设备的对接、各门店前台和医生培训。
1.3 服务期为三个服务年度，自全部门店上线验收合格之日起计算。
1.4 系统应支持微信小程序及电话预约、医生排班与椅位管理、治疗计划与知情同意书电子签署、种植及正畸病例的长期随访，并可按门店、医生和项目统计接诊量和收入。
1.5 乙方提供的服务应符合《医疗机构病历管理规定》及电子病历相关规范的要求。

2. 费用
2.1 订阅费：每家门店每服务年度9,600元，19家门店每服务年度合计182,400元，三个服务年度合计547,200元。
2.2 实施及数据迁移费：68,000元，一次性支付。
2.3 合同总价：615,200元（含税）。
2.4 新增门店按每店每服务年度9,600元按月折算计费，不计入合同总价。
2.5 订阅费包含云资源、存储（每家门店影像存储空间不少于2TB）、短信（每家门店每月3,000条）、标准功能升级及7×24小时在线客服。超出部分按附件价格另行结算。

3. 付款
3.1 实施费在全部门店上线验收合格后15个工作日内支付。
3.2 订阅费按季度支付，乙方在每季度结束后开具发票，甲方在收到发票后15个工作日内支付当季费用45,600元。
3.3 本合同不设预付款。
3.4 乙方开具增值税专用发票，发票抬头为甲方；各门店费用可按甲方要求分别列示，便于甲方内部核算。

4. 实施与验收
4.1 乙方应在合同签订后60日内完成全部门店上线。
4.2 上线验收标准：19家门店全部可正常预约、接诊、开具病历和收费；迁移的患者档案与病历抽查500份，内容与原系统一致；影像设备对接后调阅时间不超过3秒；各门店前台及医生培训完成并签到确认。
4.3 甲方在收到验收申请后7个工作日内组织验收并书面确认。门店试用或开始使用系统不视为验收合格。
4.4 乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

5. 服务水平
5.1 系统月度可用率不低于99.5%（乙方提前48小时通知的计划维护除外）。
5.2 故障响应：一级故障（多家门店无法登录或无法调阅病历）30分钟内响应，3小时内恢复；二级故障（单店或单一功能异常）2小时内响应，当日解决；三级故障1个工作日内响应。
5.3 服务补偿：月度可用率低于约定值的，按当月订阅费的5%抵扣；一级故障超过约定恢复时间的，每超过1小时抵扣当月订阅费的1%。补偿在下期账单中抵扣。

6. 数据归属与数据安全
6.1 甲方患者信息、病历、影像及经营数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于任何其他目的，不得向第三方提供。
6.2 数据存储于中国境内，系统通过网络安全等级保护三级测评；敏感个人信息加密存储，访问权限最小化并全程留痕。
6.3 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，配合甲方履行报告义务，并对因乙方原因造成的损失承担全部赔偿责任。
6.4 乙方应每日对甲方数据进行备份，备份数据异地保存，保留期不少于90日；每半年进行一次恢复演练，并将结果书面告知甲方。
6.5 乙方人员访问甲方数据须经甲方授权，仅限于故障处理和数据迁移所必需的范围，访问过程全程记录，记录保存不少于六个月。
6.6 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据，并在甲方确认后删除。

7. 保密
双方对在合作中知悉的对方商业秘密和患者信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后继续有效。

8. 知识产权
8.1 牙联云平台及其标准功能的知识产权归乙方所有。
8.2 乙方为甲方定制开发的集团报表、接口程序及配置的知识产权归甲方所有，甲方可自由使用和修改。

9. 续期
9.1 服务期满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，以后亦同。
9.2 续期时乙方有权调整订阅费单价，上调幅度不超过上一服务年度单价的8%，以乙方书面通知为准。

10. 分包
乙方不得将本合同服务分包给第三方，经甲方书面同意的除外。

11. 合同解除
11.1 乙方严重违约，或月度可用率连续两个月低于约定值，经甲方书面通知后15日内未改正的，甲方有权解除本合同。
11.2 合同解除的，甲方按实际服务期间结算订阅费。

12. 实施团队与培训
12.1 乙方应指派项目经理及不少于4名实施顾问，按门店分批完成上线，每家门店上线当天须有实施顾问到店支持。
12.2 乙方应为各门店前台、医生、护士及店长分别提供培训，并提供操作视频和常见问题手册；新入职员工可参加乙方每月组织的线上培训，不另收费。
12.3 甲方应指定项目联系人，按实施计划提供门店网络、电脑、扫码设备及影像设备接口条件，并组织员工参加培训。
12.4 乙方应指定专属客户经理，每季度与甲方召开服务回顾会，汇报系统运行情况、故障统计和改进计划。

13. 功能更新与变更
13.1 乙方对平台标准功能的升级免费提供给甲方，升级前应提前7日通知甲方，不得降低甲方已使用的功能。
13.2 甲方提出的个性化需求，双方另行评估工作量并签订补充协议。

14. 不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应期间的订阅费按实际中断时间扣减。

15. 通知
本合同项下的通知以书面形式送达双方在本合同中列明的地址或电子邮箱，电子邮件发出后即视为送达。任何一方变更联系地址或联系人的，应提前5个工作日书面通知对方，否则按原地址送达即视为有效。


16. 廉洁
双方不得向对方人员提供回扣、礼金、有价证券或其他不正当利益。乙方违反本条的，甲方有权解除合同并追究其责任。

17. 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方住所地人民法院提起诉讼。

18. 其他
本合同一式两份，双方各执一份，自双方签章之日起生效。附件：门店清单、实施计划、服务水平说明。

甲方（盖章）：上海悦康口腔医疗管理有限公司
乙方（盖章）：广州牙联云信息技术有限公司
日期：2026年5月　日
"""

H459Z04 = """清河市住房和城乡建设局物业管理监管系统运维服务合同

项目编号：QHZJ-CS-2026-004　采购方式：竞争性磋商

甲方（采购人）：清河市住房和城乡建设局
乙方（供应商）：南京安居云软件服务有限公司

根据竞争性磋商文件及乙方响应文件，经磋商小组评审，乙方为成交供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》，就物业管理监管系统运维服务订立本合同。

（1）服务内容
a) 对甲方物业管理监管系统（含物业企业信用评价、项目备案、维修资金使用审批、投诉处理及移动端）提供日常运维。
b) 每日巡检服务器、数据库、中间件及接口运行状态，每周提交巡检记录，每月提交运维报告。
c) 故障处理、数据备份与恢复演练、系统漏洞修复，配合等级保护测评整改。
d) 根据政策调整完成小型功能优化，全年不超过300人日。
e) 派驻2名运维工程师在甲方现场办公，工作日8:30至17:30在岗。
f) 为甲方及各区县业务人员提供系统使用咨询和操作指导，每季度组织一次业务培训。
g) 维护系统账号权限，按甲方要求办理账号的开通、变更和注销，每季度清理一次闲置账号。
h) 配合甲方做好与省级物业管理平台、市不动产登记系统及12345热线系统的数据对接和接口维护。

（2）服务期限
自2026年1月1日起至2026年12月31日止。服务期满本合同终止，不自动续期。

（3）合同价款及支付
a) 合同总价为人民币386,000元（含税），包括人员、工具、差旅及税费。
b) 按季度支付：每季度结束后，经甲方季度考核合格，乙方开具发票，甲方在15个工作日内支付当季服务费96,500元。
c) 季度考核不合格的，乙方应在10日内整改，整改合格后支付。

（4）服务要求
a) 乙方应及时响应甲方的运维需求，尽快排除故障，保障系统正常运行。
b) 系统出现故障时，乙方应积极组织技术力量处理，并向甲方报告处理情况。
c) 重大节假日及重要活动期间，乙方应安排人员值守。
d) 乙方应建立故障登记制度，对每一次故障记录发生时间、现象、原因、处理过程和结果，并定期分析，提出预防措施。
e) 乙方应根据系统使用情况向甲方提出系统优化、扩容和安全加固建议。
f) 乙方应配合甲方处理群众投诉及业务部门反映的系统问题，并在月度运维报告中说明处理情况。
g) 乙方应在每年物业服务企业信用评价、维修资金年度审计等集中业务期间增加技术支持力量，保障业务正常办理。

（5）工作任务及期限
a) 乙方应在2026年6月30日前完成系统漏洞整改及等级保护测评配合工作。
b) 乙方应在2026年9月30日前完成维修资金审批流程优化，并通过甲方测试。

（6）验收
a) 服务期满后，甲方组织验收。
b) 验收标准：全年巡检记录和月度运维报告完整；故障工单全部闭环；年度漏洞扫描发现的高危漏洞全部修复；备份恢复演练不少于两次且均成功；功能优化任务通过测试；运维文档、账号清单及配置资料完整移交。
c) 验收结果以书面验收报告为准。验收不合格的，乙方应在15日内整改并重新申请验收，整改期间乙方应继续提供运维服务，不另收费。

（7）数据安全
a) 系统内全部业务数据、物业企业和业主信息归甲方所有。乙方仅为履行本合同使用，不得用于其他目的，不得向第三方提供。
b) 乙方应遵守《数据安全法》《个人信息保护法》，运维操作须通过甲方堡垒机进行并留存日志；未经甲方批准，不得导出任何数据。
c) 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

（8）知识产权
运维期间乙方为甲方编写的脚本、补丁、报表及功能优化代码的知识产权归甲方所有，乙方应随时交付源代码。

（9）违约责任
a) 乙方未按第（5）项期限完成工作任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
b) 乙方派驻人员未经甲方同意擅自更换或缺岗的，每人每日扣减服务费500元。
c) 甲方逾期付款的，每逾期一日按未付款项的万分之三支付违约金。

（10）分包
乙方不得转包或分包本合同服务。

（11）合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。

（12）服务交接
合同终止或解除时，乙方应在15日内向甲方或甲方指定的单位移交全部账号、密码、文档和数据，并配合完成交接。

（13）人员管理
a) 乙方应指定1名运维负责人，负责服务的组织和协调，并向甲方提交驻场人员名单、资质证明及无犯罪记录证明。
b) 驻场人员应遵守甲方的工作纪律和安全管理制度，更换人员须提前10日书面报告甲方并经甲方同意，且接替人员的资质不得低于原人员。
c) 乙方应每月向甲方提交运维报告，内容包括巡检情况、故障处理、变更记录、安全事件及下月工作计划。

（14）运维管理
a) 乙方对系统的配置变更、版本发布和数据库操作须事先提交变更方案，经甲方审批后在非工作时间实施，并保留回退方案。
b) 乙方每月进行一次全量备份检查，每半年进行一次备份恢复演练，并向甲方提交演练报告。
c) 乙方对系统中间件、数据库和操作系统的补丁升级，应先在测试环境验证，确认无影响后再在生产环境实施。
d) 乙方应建立运维知识库，记录常见故障及处理方法，服务期满时一并移交甲方。

（15）安全管理
a) 乙方应对驻场人员和远程运维人员进行信息安全教育，签署安全承诺书，并报甲方备案。
b) 乙方使用的运维工具、脚本须经甲方安全检查，不得在甲方网络中安装未经批准的软件。
c) 乙方应配合甲方开展网络安全检查、攻防演练和等级保护测评，并按要求完成整改。

（16）廉洁要求
乙方及其人员不得向甲方工作人员赠送礼品、礼金或提供其他不正当利益，不得以任何方式影响甲方的考核和验收工作。乙方违反本项约定的，甲方有权解除合同并按政府采购有关规定处理。

（17）甲方义务
a) 甲方为驻场人员提供办公场所、网络接入和必要的系统访问权限。
b) 甲方指定专人负责联络，及时确认乙方提交的变更方案、报告和验收申请。

（18）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

（19）法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

（20）其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：清河市住房和城乡建设局
乙方（盖章）：南京安居云软件服务有限公司
签订日期：2025年12月　日
"""

H459Z05 = """# 智排APS生产计划排程系统 软件许可及实施合同（标准文本 V3.0）

合同编号：ZP-2026-0418

甲方：佛山麦香园食品有限公司
乙方：深圳智排软件科技有限公司

甲方为烘焙及蛋糕生产企业，拟引入生产计划排程系统，以提高订单交付率和原料周转效率。乙方为“智排APS”软件的著作权人。双方经友好协商，按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智排APS软件永久使用许可，包括排产引擎、物料需求计划、产线看板三个模块，授权用户数50个。

1.2 乙方为甲方进行定制开发：与甲方现有ERP及MES系统的订单、库存、工单接口；节假日（中秋、春节等）订单预测模型；裱花及冷链工序排程规则。

1.3 乙方负责安装部署、基础数据初始化及关键用户培训。

1.4 系统应支持甲方三个工厂共九条产线的排产，包括蛋糕胚、裱花、包装及冷链发货等工序，能够根据订单交期、产线产能、原料库存和保质期自动生成日排产计划和周物料需求计划。

1.5 本合同不包括服务器、数据库及操作系统等第三方软硬件，由甲方自行采购。乙方可根据甲方需要推荐配置方案，但不对第三方产品的质量承担责任。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智排APS软件许可（排产引擎、物料需求计划、产线看板） | 560,000 |
| 2 | 定制开发（接口、预测模型、排程规则） | 240,000 |
| 3 | 实施部署及培训 | 80,000 |
| | 合计 | 880,000 |

合同总价为人民币880,000元（含税）。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即440,000元。乙方收到该款项后启动项目。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的50%，即440,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清。

## 第四条 实施周期

4.1 乙方计划在收到首笔款项后90日内完成系统上线。

4.2 项目分为需求调研、系统配置、定制开发、数据初始化、上线切换五个阶段，具体安排以乙方提交的实施方案为准。

4.3 因需求变更、甲方配合不及时或其他非乙方原因导致延期的，实施周期相应顺延。乙方原因导致延期的，乙方应增派人员尽快完成。

## 第五条 上线与验收

5.1 乙方完成安装部署并通知甲方后，系统即视为上线。

5.2 系统上线运行后，即视为甲方验收合格。甲方在上线后提出的问题，由乙方在质保期内处理。

## 第六条 质保与技术支持

6.1 自系统上线之日起，乙方提供六个月的免费维护，包括缺陷修复和远程技术支持。

6.2 故障响应：一级故障（排程引擎无法运行）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

6.3 乙方将尽力按上述时限处理故障，但不因响应或处理超时承担扣款、赔偿或违约金。

## 第七条 维保服务

7.1 免费维护期满后，甲方如需继续获得升级和技术支持，应购买年度维保服务。

7.2 年度维保费为软件许可费的28%，即每年156,800元。

7.3 维保服务内容包括软件版本升级、缺陷修复、远程技术支持及每年两次现场巡检。甲方新增产线、工厂或用户数的，乙方另行报价。

7.4 甲方未购买维保服务的，乙方不再提供升级和技术支持；甲方日后恢复维保的，应补缴中断期间的维保费。

## 第八条 知识产权

8.1 智排APS软件及其相关文档的知识产权归乙方所有。

8.2 乙方在本项目中完成的定制开发成果，包括接口程序、预测模型、排程规则及其源代码，知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或向第三方提供。

## 第九条 数据

9.1 甲方在系统中录入的订单、配方、库存及生产数据归甲方所有。

9.2 乙方应采取必要的技术和管理措施保护甲方数据安全，远程维护须经甲方同意并留存操作记录。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、采取补救措施并赔偿甲方因此遭受的直接损失。

9.3 甲方同意，乙方可将甲方的生产和订单数据经脱敏处理后，用于乙方产品改进、预测算法训练及行业分析。

## 第十条 保密

双方对履行本合同过程中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方不对甲方的间接损失、利润损失或生产停顿损失承担责任。

## 第十二条 合同解除

乙方严重违约，经甲方书面通知后30日内仍未纠正的，甲方可以书面通知解除本合同。

## 第十三条 甲方义务

13.1 甲方应指定项目负责人及关键用户，按乙方要求及时提供订单、配方、工艺路线、产线产能、班次及库存等基础数据，并保证数据真实、完整。

13.2 甲方应在乙方提交需求调研报告后5个工作日内书面确认，逾期未确认的，视为甲方同意报告内容。

13.3 甲方应提供系统运行所需的服务器、网络及数据库环境，并开放与ERP、MES系统对接所需的接口权限。

13.4 甲方应安排关键用户参加培训，并在上线后按系统要求规范录入数据。因甲方数据不准确导致排程结果偏差的，乙方不承担责任。

## 第十四条 培训

14.1 乙方为甲方提供关键用户培训两次，每次不超过两天，培训地点在甲方工厂。培训内容包括基础数据维护、排产参数设置、计划调整、看板使用及常见问题处理。

14.2 超出上述范围的培训，按乙方当期人天单价另行收费。

14.3 甲方人员变动导致需要重复培训的，乙方可提供远程培训，现场培训另行收费。

## 第十五条 不可抗力

因不可抗力导致任何一方不能履行本合同的，受影响一方应及时通知对方，并根据影响程度部分或全部免除责任。不可抗力包括自然灾害、政府行为、疫情、网络运营商故障、第三方软硬件缺陷等乙方无法预见和控制的情形。

## 第十六条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

17.2 本合同为乙方标准文本，未列明的事项以乙方的报价单及实施方案为准。

甲方（盖章）：佛山麦香园食品有限公司　　授权代表：

乙方（盖章）：深圳智排软件科技有限公司　　授权代表：

日期：2026年　月　日
"""

H459E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HYD-CN-2026-021
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:Hydrosim Technologies SAS, a company incorporated in France with its registered office at 14 Quai Perrache, 69002 Lyon, France (the "Vendor"); and
P:Chengdu Qingyuan Water Treatment Equipment Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan Province (the "Customer").
P:Recitals: The Customer designs and manufactures municipal and industrial water-treatment plants and wishes to use the Vendor's process-simulation software in its engineering department. The Vendor is the owner of the HydroSim Process Suite and agrees to license it and to provide the services set out below.
H:Article 1 Definitions
P:1.1 "Software" means the HydroSim Process Suite, version 9, in object code, with its user documentation.
P:1.2 "Custom Deliverables" means the model libraries, equipment templates, report templates and interface scripts that the Vendor prepares specifically for the Customer under Article 3.
P:1.3 "Final Acceptance" means the Customer's written certificate issued under Article 6.3.
P:1.4 "Severity 1 Fault" means a fault that prevents all users from running simulations or corrupts project files.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business purposes, for 24 named users and 2 server calculation modules, at its sites in the People's Republic of China.
P:2.2 The Customer may make backup copies and may move a named-user licence from one employee to another by notifying the Vendor.
P:2.3 The Customer shall not decompile or reverse engineer the Software except as permitted by mandatory law.
H:Article 3 Services
P:3.1 The Vendor shall install the Software on the Customer's servers, configure the licence server and integrate the Software with the Customer's document management system.
P:3.2 The Vendor shall build a model library of the Customer's standard equipment (clarifiers, filters, membrane units, dosing systems and pumps) and forty plant templates agreed in the functional specification.
P:3.3 The Vendor shall deliver six days of training in Chengdu for up to twenty engineers, in English with consecutive Chinese interpretation arranged by the Vendor.
H:Article 4 Price
P:4.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 1,664,000, including applicable taxes in China, made up as follows:
P:Named-user licences: 24 x CNY 46,500 = CNY 1,116,000
P:Server calculation modules: 2 x CNY 88,000 = CNY 176,000
P:Licence Subtotal: CNY 1,292,000
P:Configuration, model library and integration services: CNY 318,000
P:Training: CNY 54,000
P:Total Contract Price: CNY 1,664,000
P:4.2 The Contract Price is fixed and includes travel, interpretation and all expenses of the Vendor.
H:Article 5 Payment
P:5.1 10% of the Contract Price (CNY 166,400) within 30 days after signature, against the Vendor's invoice.
P:5.2 55% of the Contract Price (CNY 915,200) within 30 days after installation of the Software and delivery of the licence keys. Installation is not acceptance.
P:5.3 35% of the Contract Price (CNY 582,400) within 30 days after Final Acceptance.
P:5.4 Payments are made by bank transfer to the Vendor's account stated in its invoice.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation within 45 days and all services within 150 days after signature.
P:6.2 Acceptance tests are run jointly on the Customer's servers and are passed when: (a) every function in the functional specification is demonstrated; (b) the forty plant templates reproduce the Customer's reference designs within 2% on flow and mass balance; (c) a full-plant simulation of the reference case completes in less than ten minutes; (d) the integration with the document management system stores and retrieves results without error for ten consecutive working days; and (e) the training is completed.
P:6.3 When the tests are passed, the Customer issues a Final Acceptance certificate within ten working days. If a test fails, the Vendor corrects the fault and the test is repeated. Use of the Software in production before that certificate is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor provides corrections, new versions and support free of charge.
P:7.2 Support is provided by the Vendor's support centre by telephone, e-mail and remote session. For a Severity 1 Fault the Vendor responds within 2 hours and provides a workaround or fix within 2 working days; for other faults it responds within one working day.
P:7.3 If the Vendor misses a response time for a Severity 1 Fault, it credits CNY 1,000 for each hour of delay against the next payment or support invoice.
P:7.4 After the Warranty Period the Customer may order annual support. The annual support fee is 13% of the Licence Subtotal, that is CNY 167,960 per year, and the Vendor shall not increase it for the three years following the Warranty Period. Each year of support is ordered separately and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor.
P:8.2 The Custom Deliverables are the property of the Customer from their delivery. The Customer may use, modify and license them freely, and the Vendor shall deliver them in editable form.
H:Article 9 Customer Data and Security
P:9.1 All project data, designs and plant data processed with the Software belong to the Customer. The Vendor shall use them only to perform this Agreement and shall not disclose them to any third party.
P:9.2 Remote access by the Vendor requires the Customer's approval for each session, is made through the Customer's VPN with individual accounts, and is logged. The Vendor shall not copy Customer data to its own systems except for a fault analysis approved in writing by the Customer, and shall delete such copies afterwards.
P:9.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China in performing this Agreement. The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer data and shall be responsible for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public technical and commercial information received from the other party and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete the installation or the services by the dates in Article 6.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Articles 9 and 10.
P:11.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear the resulting costs and damages.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:13.2 The Customer may also terminate if the delay damages under Article 11.1 reach their maximum.
P:13.3 On termination by the Customer for the Vendor's breach, the Vendor refunds the amounts paid for the services not accepted, and the perpetual licences for which payment has been made remain in force.
H:Article 14 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of France.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Rules of Arbitration of the International Chamber of Commerce, by one arbitrator, seated in Paris, in the English language.
H:Article 16 General
P:16.1 This Agreement, with its Annex 1 (Functional Specification) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties on its subject matter.
P:16.2 The Vendor shall appoint a project manager who speaks English and Chinese, shall hold a progress meeting with the Customer every two weeks, and shall not replace the project manager without the Customer's consent, which shall not be unreasonably withheld.
P:16.3 Amendments must be in writing and signed by both parties. Notices are sent to the addresses above by courier or e-mail with confirmation.
P:16.4 This Agreement is made in English in two originals.
P:For Hydrosim Technologies SAS: ____________________ Name, title, date
P:For Chengdu Qingyuan Water Treatment Equipment Co., Ltd.: ____________________ Name, title, date
"""

H459E02 = """# ORDER FORM No. CT-2026-0311

**Provider:** CatalogTide BV, Kortrijksesteenweg 1120, 9051 Ghent, Belgium ("Provider")

**Customer:** Ningbo Haoxin Kitchenware Import & Export Co., Ltd., Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China ("Customer")

This Order Form is entered into under the CatalogTide General Terms set out below. The Customer exports cookware and kitchen tools to retailers in Europe and North America and wishes to manage its product information (specifications, translations, images and retailer feeds) in one system. Together this Order Form and the General Terms form the "Agreement". If they conflict, this Order Form prevails.

## Section 1 Order details

1.1 **Service:** CatalogTide Product Information Management, Professional edition, hosted in the Provider's mainland China region on Alibaba Cloud (Shanghai).

1.2 **Scope:** 40 named users, up to 25,000 products (SKUs), 6 languages, 12 retailer feed connectors, 500 GB of digital assets.

1.3 **Subscription Term:** 24 months from the Service Start Date, made up of two Subscription Years. The Service Start Date is the date of Go-Live Acceptance under Section 3.

1.4 **Onboarding services:** data model design, import of the Customer's existing product spreadsheets and image library, configuration of the retailer feeds, connection to the Customer's ERP item master, and two days of online training.

## Section 2 Fees

2.1 At the Customer's request, all fees are quoted and invoiced in Chinese Yuan (CNY), including applicable taxes in China.

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Professional subscription, per Subscription Year | 2 | 268,000 | 536,000 |
| Onboarding services (one-time) | 1 | 42,000 | 42,000 |
| **Total Contract Value** | | | **578,000** |

2.2 Additional users and products above the scope in Section 1.2 are charged at the rates in the Provider's price list attached as Exhibit A and are not part of the Total Contract Value.

2.3 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 67,000, each at the start of the quarter it covers. The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days.

## Section 3 Onboarding and Go-Live Acceptance

3.1 The Provider shall complete the onboarding services within 60 days after signature of this Order Form.

3.2 Go-Live Acceptance tests are passed when: (a) all products from the Customer's spreadsheets are imported and a sample of 300 products matches the source data field by field; (b) all 12 retailer feeds are generated and accepted by the retailers' validation tools; (c) the ERP connection updates item master data within 15 minutes; and (d) the training has been delivered.

3.3 The Customer confirms Go-Live Acceptance in writing within 5 working days after the tests are passed. Use of the Service for production work before that confirmation is not acceptance.

3.4 If the Provider does not complete the onboarding services on time for reasons attributable to it, it shall pay the Customer CNY 500 for each day of delay.

---

# CATALOGTIDE GENERAL TERMS

## Section 4 Service levels

4.1 The Provider shall make the Service available 99.95% of each calendar month, excluding planned maintenance announced at least 72 hours in advance and carried out between 22:00 and 06:00 China Standard Time.

4.2 Incidents are classified and handled as follows: Severity 1 (the Service is unavailable or feeds cannot be generated): response within 30 minutes, restoration within 6 hours; Severity 2 (a major function is impaired): response within 2 hours; Severity 3 (other issues): response within one business day.

4.3 If availability falls below the committed level in a month, the Provider credits 5% of that month's subscription fee for each 0.1 percentage point below the commitment, up to half of the monthly fee. If a Severity 1 response time is missed, the Provider credits CNY 800 per hour of delay. Credits are deducted from the next invoice.

## Section 5 Customer Data

5.1 Customer Data (all product data, images, translations, documents and other content that the Customer or its users upload, and all outputs generated from them) belongs to the Customer.

5.2 The Provider processes Customer Data only to provide the Service to the Customer and for no other purpose. It does not sell, analyse or aggregate Customer Data for itself or for third parties.

5.3 At any time during the Subscription Term and for 60 days after it ends, the Customer may export all Customer Data in standard formats. After that period the Provider deletes Customer Data and confirms the deletion in writing.

## Section 6 Security

6.1 The Provider maintains an information security programme certified to ISO 27001, keeps Customer Data in mainland China, encrypts it in transit and at rest, restricts access to named staff with multi-factor authentication, and logs all administrative access.

6.2 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, investigate it, and take measures to contain it.

6.3 The Provider is responsible for losses suffered by the Customer as a result of a security incident caused by the Provider's breach of this Section 6.

## Section 7 Intellectual property

7.1 The Provider owns the Service and its standard functions, connectors and documentation.

7.2 The data model, feed mappings, transformation rules and integration scripts prepared for the Customer during onboarding belong to the Customer. The Customer may use, modify and license them freely, including with another provider.

## Section 8 Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for the Agreement and not disclose it to third parties, except to its employees and advisers who need to know it and are bound by similar duties. This obligation continues for three years after the Agreement ends.

## Section 9 Subprocessors

The Provider hosts the Service with the cloud provider named in Section 1.1. The Provider shall not engage any other subprocessor or subcontractor for the Service without the Customer's prior written consent, and remains responsible for the acts of any subprocessor.

## Section 10 Renewal

10.1 At the end of the Subscription Term, the Agreement renews automatically for successive terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

10.2 For each renewal term, the Provider may increase the subscription fee by up to 9% over the fee of the preceding Subscription Year by notice given at least 90 days before the renewal date.

## Section 11 Limitation of liability

11.1 Neither party is liable for indirect or consequential losses, including lost profits.

11.2 The Provider's total liability arising out of or in connection with the Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

11.3 The limits in this Section 11 do not apply to the Provider's obligations under Sections 5 and 6 for a breach caused by gross negligence or wilful misconduct, or to personal injury.

## Section 12 Term and termination

12.1 The Agreement starts on signature of the Order Form and continues for the Subscription Term and any renewal term.

12.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

12.3 The Customer may also terminate by written notice if more than three Severity 1 incidents occur in any two consecutive months.

12.4 On termination for the Provider's breach, the Provider refunds prepaid fees for the period after termination.

## Section 13 Governing law and disputes

13.1 At the Customer's request, the Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute that the parties cannot settle within 30 days shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai. The award is final and binding.

## Section 14 General

14.1 Neither party may assign the Agreement without the other party's written consent.

14.2 Notices are given in writing to the addresses in this Order Form, by courier or by e-mail with confirmation of receipt.

14.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government action or a general failure of public networks, provided it informs the other party promptly and resumes performance as soon as possible. Service credits remain due for unavailability that is not caused by such an event.

14.4 The Provider shall comply with applicable anti-bribery laws and shall not offer any payment, gift or benefit to the Customer's employees in connection with the Agreement.

14.5 The Agreement is made in English. Amendments are valid only in writing signed by both parties.

**Signed for CatalogTide BV:** ____________________ Name / Title / Date

**Signed for Ningbo Haoxin Kitchenware Import & Export Co., Ltd.:** ____________________ Name / Title / Date
"""

H459E03 = """T:PURCHASE CONTRACT FOR CONDITION-MONITORING SENSORS AND SOFTWARE
P:Contract No. HSC-EQ-2026-058
P:Buyer: Anhui Huashan Cement Co., Ltd., Chizhou, Anhui Province, People's Republic of China (the "Buyer")
P:Supplier: Vibralia Sistemas S.L., Avenida de las Cortes Valencianas 39, 46015 Valencia, Spain, acting through its representative office in Shanghai (the "Supplier")
P:Background: The Buyer operates two clinker kilns, four raw mills and three cement mills at its Chizhou plant and wishes to monitor the vibration and temperature of their rotating equipment online. After a tender, the Buyer awarded this contract to the Supplier. This contract is made on the Buyer's standard terms.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in clause 2. "Software" means the VibraView monitoring software licensed under clause 2. "Site" means the Buyer's Chizhou plant.
P:1.2 The Supplier shall supply the Equipment and the Software, survey the Site, install and commission the system, connect it to the Buyer's plant DCS historian, configure alarm limits for each machine with the Buyer's maintenance engineers, and train the Buyer's staff.
P:1.3 The Supplier is responsible for the design of the sensor layout. The Buyer provides power, cable trays and access to the machines during planned stoppages.
H:2. Price
P:2.1 The Contract Price is CNY 1,340,000, including Chinese VAT, import duties, delivery to the Site, installation and training. All prices are in Chinese Yuan (CNY).
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor|180|3,200|576,000
TB:2|Bearing temperature sensor|60|1,850|111,000
TB:3|Wireless gateway, industrial grade|12|14,500|174,000
TB:4|Edge server with storage|2|46,000|92,000
TB:5|VibraView software, perpetual site licence|1|238,000|238,000
TB:|Hardware and Licence Subtotal|||1,191,000
TB:6|Site survey, installation and commissioning|1|126,000|126,000
TB:7|Training (four days, on Site)|1|23,000|23,000
TB:|Contract Price|||1,340,000
P:2.2 The Contract Price is fixed. No other charge is payable for the scope in clause 1.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 134,000) within 20 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 737,000) within 30 days after delivery of all Equipment to the Site and the Buyer's receiving inspection. Delivery and installation are not acceptance.
P:3.3 35% of the Contract Price (CNY 469,000) within 30 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Site within 70 days after signature and complete installation and commissioning within 40 days after delivery, subject to the Buyer's stoppage schedule.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The payment of such damages does not release the Supplier from its obligations.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) all 240 sensors report to the Software with at least 98% data completeness over a 30-day trial run; (b) vibration readings of ten reference points agree with the Buyer's calibrated portable analyser within 5%; (c) alarms configured for each machine are triggered correctly in a witnessed test; (d) data flow to the DCS historian without loss for the trial run; and (e) the training is completed and the documentation delivered.
P:5.2 The Buyer issues a Final Acceptance certificate within ten working days after the criteria are met. Installation, trial operation or use of the system by the Buyer is not acceptance.
H:6. Warranty and Support
P:6.1 The warranty period for the Equipment and the Software is 24 months from Final Acceptance. During this period the Supplier repairs or replaces defective Equipment free of charge, including batteries of the wireless sensors, and supplies Software updates.
P:6.2 Fault handling: Severity 1 (loss of monitoring of a kiln or mill line): response within 1 hour by telephone or remote session, engineer on Site within 48 hours; Severity 2 (loss of individual sensors or reports): response within 8 hours; Severity 3: next working day.
P:6.3 For each hour by which a Severity 1 response time is exceeded, the Supplier pays CNY 600, deducted from any amount due to it.
P:6.4 After the warranty period, the Buyer may order annual support at 8.5% of the Hardware and Licence Subtotal, that is CNY 101,235 per year, which the Supplier shall not increase for the three years following the warranty period. Support is ordered year by year and does not renew automatically.
H:7. Intellectual Property
P:7.1 The Software and the firmware of the Equipment remain the property of the Supplier or its licensors. The Buyer's licence is perpetual and irrevocable once paid.
P:7.2 The sensor layout, machine models, alarm settings, dashboards and interface configuration prepared for the Site belong to the Buyer, which may use, modify and have them modified by others freely.
H:8. Data Security
P:8.1 All measurement data, machine data and reports belong to the Buyer. The Supplier may use them only to perform this contract and shall not disclose them to any third party.
P:8.2 The system is installed inside the Buyer's plant network. Remote access by the Supplier is allowed only with the Buyer's approval for each session, through the Buyer's jump server, and is logged. The Supplier shall not transfer any Buyer data outside mainland China.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or Buyer data, take measures to contain it, and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:Each party shall keep confidential the technical and commercial information of the other party received in connection with this contract, in particular the Buyer's process data and plant drawings, and shall not disclose it without prior written consent. This obligation survives the end of this contract by three years.
H:10. Liability
P:The Supplier's total liability under this contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct, and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. It remains responsible for any approved subcontractor, including for site safety.
H:12. Site Safety
P:The Supplier's staff shall follow the Buyer's safety rules, work permits and lock-out procedures at the Site and wear the protective equipment provided. Work on kilns, mills and conveyors is allowed only during planned stoppages and after the Buyer's shift supervisor has confirmed isolation. The Supplier shall appoint a site supervisor who speaks Chinese and is present whenever its staff or subcontractors work at the Site, and shall report every accident or near miss to the Buyer on the same day.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages under clause 4.2 reach their maximum.
P:13.2 On such termination the Supplier refunds the amounts paid for Equipment and services not accepted and removes any rejected Equipment at its cost.
H:14. Packing, Transport and Documents
P:14.1 The Supplier shall pack the Equipment for sea and road transport and for storage at a dusty industrial site, mark each package with the contract number and its contents, and insure the Equipment until delivery to the Site.
P:14.2 With the delivery, the Supplier shall provide packing lists, certificates of origin and quality, calibration certificates for each sensor, customs documents, and the installation, operation and maintenance manuals in Chinese and English.
P:14.3 The risk in the Equipment passes to the Buyer on delivery to the Site; title passes on payment under clause 3.2.
H:15. Spare Parts and Training
P:15.1 The Supplier shall keep spare sensors, gateways and batteries available for at least eight years after Final Acceptance and shall deliver them at prices not higher than its list prices in force at signature, adjusted only by official inflation indices.
P:15.2 The training shall cover installation of sensors, battery replacement, use of the Software, alarm handling, vibration analysis for the Buyer's maintenance engineers, and basic troubleshooting. The Supplier shall provide training material in Chinese.
H:16. Force Majeure
P:Neither party is liable for delay caused by force majeure, provided it informs the other party within five days and takes reasonable steps to limit the effects. If force majeure lasts more than 90 days, either party may terminate this contract by written notice.
H:17. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai.
H:18. General
P:This contract is made in English and Chinese, both texts being equally authentic. Annex 1: Equipment list and sensor layout. Annex 2: Acceptance test plan. Annex 3: Stoppage schedule.
P:For the Buyer: ____________________ Date: __________
P:For the Supplier: ____________________ Date: __________
"""

H459E04 = """# MANAGED MEETING-ROOM SERVICES AGREEMENT

**Agreement No.:** MR-CN-2026-112

**Provider:** RoomLink Managed Services B.V., Flight Forum 880, 5657 DV Eindhoven, the Netherlands ("Provider")

**Customer:** Foshan Linmu Furniture Group Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China ("Customer")

**Background.** The Customer has 34 meeting rooms at its head office and four factories and holds daily video meetings with its design studio in Milan and its sales offices. The Customer wishes to have the rooms equipped, monitored and supported by one provider under a monthly charge. The Provider operates a 24x7 service centre and has engineers in Guangzhou.

## Clause 1 Definitions

1.1 "Services" means the managed meeting-room services described in Clause 2 and Schedule 1.

1.2 "Rooms" means the 34 meeting rooms listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which the Customer signs the Service Acceptance certificate under Clause 4.

1.4 "Monthly Charge" means the fixed monthly charge in Schedule 2.

## Clause 2 Services

2.1 The Provider shall supply, install and keep in working order the video-conferencing codecs, cameras, microphones, displays, room booking panels and control touch panels listed in Schedule 1. The equipment remains the property of the Provider.

2.2 The Provider shall monitor every Room remotely from its service centre, run a help desk in Chinese and English from 07:00 to 22:00 China Standard Time on every day of the week, support meetings marked "critical" by the Customer with a remote technician, and replace faulty equipment.

2.3 The Provider shall keep the firmware of all equipment current, after testing each release in a pilot Room agreed with the Customer.

2.4 The Provider shall give a monthly service report showing incidents, response and restoration times, room usage and any service credits, and shall meet the Customer's IT manager each quarter to review the report, planned firmware releases and any changes to the Rooms. The Provider shall keep an inventory of all equipment with serial numbers and locations and share it with the Customer.

## Clause 3 Term

3.1 The Services are provided for 36 months from the Service Commencement Date (the "Term").

3.2 The Agreement ends at the end of the Term. Any continuation requires a new written agreement.

## Clause 4 Transition and Service Acceptance

4.1 The Provider shall complete the installation in all Rooms within 75 days after signature of this Agreement.

4.2 Service Acceptance requires that: (a) all equipment in Schedule 1 is installed and registered in the Provider's monitoring platform; (b) a test call from every Room to the Milan studio succeeds with full audio and video for 20 minutes; (c) room booking panels show the Customer's calendar correctly; (d) the help desk has handled a ten-day pilot without open Priority 1 incidents; and (e) the Customer's administrators have been trained.

4.3 The Customer signs the Service Acceptance certificate within five working days after the criteria are met. Use of the Rooms before that date is not acceptance.

4.4 If Service Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## Clause 5 Charges and Payment

5.1 At the Customer's request, the charges are stated and paid in Chinese Yuan (CNY) and include applicable taxes in China. The charges are set out in Schedule 2.

5.2 The one-time transition charge is invoiced after Service Acceptance. The Monthly Charge is invoiced monthly in arrears, starting with the month following the Service Commencement Date.

5.3 Invoices are payable within 30 days after receipt of a correct invoice.

5.4 The Monthly Charge is fixed for the Term.

## Clause 6 Service Levels

6.1 The Provider shall meet the service levels in Schedule 3 for every incident logged with the help desk or detected by monitoring.

6.2 If a service level is missed, the Provider shall grant the service credits in Schedule 3. Service credits are deducted from the next invoice and are capped at 20% of the Monthly Charge per month.

## Clause 7 Customer Data

7.1 Meeting content, recordings made on Customer request, room booking data and directory data remain the property of the Customer. The Provider uses them only to provide the Services and shall not use them for any other purpose.

7.2 At the end of the Term the Provider shall return or delete such data as the Customer instructs.

## Clause 8 Intellectual Property

The room configurations, control panel layouts, user guides and runbooks prepared for the Customer belong to the Customer, which may use and modify them freely, also with another provider. The Provider keeps its monitoring platform and standard tools.

## Clause 9 Confidentiality

Each party shall keep confidential all non-public information received from the other party, including the Customer's product designs shown in meetings, and shall use it only for this Agreement. This duty continues for three years after the end of the Term.

## Clause 10 Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## Clause 11 Liability

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 2, except for personal injury and wilful misconduct.

## Clause 12 Remedies and Duration

12.1 The Customer's remedies for a failure of the Services are the service credits under Clause 6 and damages under Clause 11.

12.2 Neither party may terminate this Agreement before the end of the Term, except where a Force Majeure event prevents the Services for more than 90 consecutive days.

## Clause 13 Customer Obligations

13.1 The Customer shall give the Provider's engineers access to the Rooms during working hours and, for urgent incidents, at other times on request.

13.2 The Customer shall provide power, network connections with the bandwidth stated in Schedule 1, and firewall rules allowing the Provider's monitoring platform to reach the equipment.

13.3 The Customer shall not move, modify or repair the equipment itself, and shall report damage caused by its staff or visitors. Repairs of such damage are charged at the Provider's rates agreed in advance.

## Clause 14 Changes

14.1 Either party may request a change to the Services, such as adding or removing Rooms. The Provider shall reply within ten working days with its effect on the Monthly Charge and the service levels.

14.2 A change takes effect only when both parties sign a change note. Additional Rooms are charged pro rata to the Monthly Charge per Room.

## Clause 15 Force Majeure

A party is not liable for failure to perform caused by events beyond its reasonable control, provided it informs the other party without delay and resumes performance as soon as possible.

## Clause 16 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Clause 17 General

This Agreement, with Schedules 1 to 3, is the entire agreement on its subject matter. Amendments must be in writing and signed by both parties.

## Schedule 1 Rooms and Equipment

| Location | Rooms | Codec and camera sets | Displays | Booking panels |
|---|---|---|---|---|
| Head office, Shunde | 14 | 14 | 20 | 14 |
| Factory 1, Lunjiao | 6 | 6 | 6 | 6 |
| Factory 2, Longjiang | 6 | 6 | 6 | 6 |
| Factory 3, Jun'an | 4 | 4 | 4 | 4 |
| Factory 4, Gaoming | 4 | 4 | 4 | 4 |
| **Total** | **34** | **34** | **40** | **34** |

## Schedule 2 Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition and installation (one-time) | fixed | 64,000 |
| Monthly Charge | CNY 38,500 x 36 months | 1,386,000 |
| **Total Contract Value** | | **1,450,000** |

## Schedule 3 Service Levels and Service Credits

| Priority | Definition | Response | Restoration | Service credit |
|---|---|---|---|---|
| Priority 1 | a Room cannot hold a video meeting, or any "critical" meeting is disrupted | 15 minutes | 6 hours | CNY 1,000 per hour beyond restoration time |
| Priority 2 | a device in a Room fails but meetings can continue | 1 hour | next business day | CNY 300 per day beyond restoration time |
| Priority 3 | requests and minor faults | 1 business day | 5 business days | none |

Response means a technician has started work on the incident and informed the Customer's contact. Restoration means the Room can hold a video meeting again, if necessary with replacement equipment.

**Signed for RoomLink Managed Services B.V.:** ____________________ Name / Title / Date

**Signed for Foshan Linmu Furniture Group Co., Ltd.:** ____________________ Name / Title / Date
"""

H459E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. OT-API-2026-0457

PARTIES

OceanTrack Dados, Lda., Rua do Infante Dom Henrique 88, 4050-297 Porto, Portugal ("Provider").

Ningbo Dongcheng International Shipping Agency Co., Ltd., Jiangbei District, Ningbo, Zhejiang Province, People's Republic of China ("Customer").

BACKGROUND

The Customer acts as ship agent for container and bulk vessels calling at Ningbo-Zhoushan and Shanghai. It wishes to receive vessel positions, estimated times of arrival and port-call events by API, to feed its own agency system and its customer portal. The Provider collects terrestrial and satellite AIS data and port information and offers them through its OceanTrack API.

DEFINITIONS

"API" means the Provider's OceanTrack application programming interface, version 4, and its documentation.

"Data" means the vessel positions, voyage data, estimated times of arrival, port-call events and vessel particulars delivered through the API.

"Customer Inputs" means the fleet lists, watch-lists, port-call schedules and queries that the Customer sends to the API or uploads to the Provider's portal.

"Service Start Date" means the date of Onboarding Acceptance.

"Subscription Year" means the period from the Service Start Date to the day before its first anniversary, and each following period between two anniversaries.

SUBSCRIPTION

1. The Provider grants the Customer, for the Term, a non-exclusive right to access the API and to use the Data in its agency system, in reports to its principals and in its customer portal, for up to 1,500 tracked vessels at any time and 3 million API calls per month.

2. The Customer may show Data to its principals and their cargo interests but shall not resell the Data as a data feed.

3. The Term is three Subscription Years from the Service Start Date. The Agreement ends at the end of the Term unless the parties sign a renewal order.

ONBOARDING

4. The Provider shall, within 45 days after signature: set up the Customer's accounts and API keys; load the Customer's fleet lists and port geofences for Ningbo-Zhoushan, Shanghai and Taicang; build a connector between the API and the Customer's agency system; and train the Customer's developers.

5. Onboarding Acceptance requires that: (a) positions for all vessels in the Customer's test list of 200 vessels are returned with a median age below 5 minutes in the port areas; (b) arrival and departure events for the three ports are generated within 10 minutes of the event for 95% of a two-week sample compared with the port authority's records; (c) the connector writes events into the agency system without loss for ten consecutive days; and (d) the training is completed. The Customer confirms Onboarding Acceptance in writing. Use of the Data before that confirmation is not acceptance.

6. If Onboarding Acceptance is delayed for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay.

FEES AND PAYMENT

7. At the Customer's request, all fees are stated and paid in Chinese Yuan (CNY), including applicable taxes in China.

8. Fees:
   Subscription fee per Subscription Year: CNY 236,000
   Subscription fees for three Subscription Years: CNY 708,000
   Onboarding and connector (one-time): CNY 26,000
   Total contract value: CNY 734,000

9. API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced monthly in arrears, and are not part of the total contract value.

10. The subscription fee is invoiced in quarterly instalments of CNY 59,000 at the start of each quarter of a Subscription Year. The onboarding fee is invoiced after Onboarding Acceptance. Invoices are payable within 30 days.

SERVICE LEVELS

11. The Provider shall make the API available 99.5% of each calendar month, measured at the Provider's API gateway and excluding planned maintenance of which the Customer is informed at least 48 hours in advance.

12. Incidents are handled as follows. Priority 1 (the API is unavailable or returns no positions for the Customer's fleet): response within 1 hour, restoration within 6 hours. Priority 2 (delayed or incomplete Data for one port or data source): response within 8 hours. Priority 3 (questions and minor issues): response within 2 business days.

13. If monthly availability is below the committed level, the Provider credits 10% of that month's share of the subscription fee for each full half percentage point of shortfall. If a Priority 1 restoration time is missed, the Provider credits CNY 500 per hour of delay. Credits are deducted from the next invoice.

CUSTOMER INPUTS AND USE OF DATA

14. Customer Inputs belong to the Customer. The Provider uses them to deliver the API to the Customer.

15. The Customer agrees that the Provider may also use Customer Inputs, in aggregated and anonymised form that does not name the Customer, to improve its arrival-time prediction models, to produce port congestion statistics and benchmarks, and to develop its products, during and after the Term.

DATA SECURITY

16. The Provider stores Customer Inputs and the Customer's account data in data centres in mainland China, protects them with encryption in transit and at rest, role-based access and multi-factor authentication for its staff, and keeps access logs for at least six months.

17. The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Inputs or account data, take measures to contain it, and compensate the Customer for losses caused by the Provider's failure to meet its security obligations.

CONFIDENTIALITY

18. Each party shall keep confidential the non-public information of the other party, including the Customer's principals and vessel schedules, and shall use it only for this Agreement. This obligation continues for three years after the end of the Agreement.

INTELLECTUAL PROPERTY

19. The Provider owns the API, the Data and its models. The connector and the report templates built for the Customer during onboarding belong to the Customer, which may use, modify and license them freely.

SUBCONTRACTORS

20. The Provider may engage hosting providers, satellite data partners and other subcontractors to perform this Agreement. It shall inform the Customer of any new subcontractor by notice on its customer portal at least 14 days before the subcontractor starts work, and remains responsible for their performance.

LIABILITY

21. Neither party is liable for indirect or consequential loss, including loss of profit or loss of business.

22. The Customer acknowledges that AIS data is transmitted by vessels and may be incomplete or wrong. The Provider is not liable for errors in data transmitted by vessels, but remains liable for its own processing and for meeting the service levels.

23. The Provider's total liability under this Agreement is limited to 200% of the total contract value, except for personal injury, wilful misconduct and breach of clauses 16 and 17.

TERMINATION

24. Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

25. The Customer may also terminate by written notice if the Provider stops delivering Data for the port of Ningbo-Zhoushan for more than ten consecutive days.

26. On termination for the Provider's breach, the Provider refunds any fees paid for the period after termination. On any termination, the Provider deletes Customer Inputs within 30 days, subject to clause 15.

GOVERNING LAW AND DISPUTES

27. At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.

28. Any dispute that cannot be settled by negotiation within 30 days shall be submitted to the China International Economic and Trade Arbitration Commission, Shanghai Sub-Commission, for arbitration in Shanghai.

CUSTOMER OBLIGATIONS

29. The Customer shall keep its API keys secure, ensure that only its own systems and authorised staff use them, and inform the Provider without delay if it suspects that a key has been misused.

30. The Customer shall use the Data in compliance with applicable law and shall not use it to track individuals or for purposes unrelated to shipping and port operations.

CHANGES TO THE API

31. The Provider may update the API, provided that it gives at least 90 days' notice of any change that is not backward compatible and keeps the previous version available during that period. A change shall not reduce the scope of the Data or the service levels agreed in this Agreement.

FORCE MAJEURE

32. Neither party is liable for a delay or failure caused by events beyond its reasonable control, provided it informs the other party promptly. Interruption of third-party satellite services is force majeure only if the Provider cannot switch to terrestrial sources within a reasonable time.

GENERAL

33. Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its whole business.

34. Notices are sent to the addresses above by courier or by e-mail with confirmation of receipt.

35. This Agreement is made in English in two originals, one for each party.

SIGNATURES

For OceanTrack Dados, Lda.: ____________________ Name / Title / Date

For Ningbo Dongcheng International Shipping Agency Co., Ltd.: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# per draft: file, lang, category, terms (in KEYS order), extra, design (fee base, forum outside, expected rules)
D = {
 "h459z01": dict(file="h459z01_farmland_supervision_platform.pdf", lang="zh", cat="software", src=H459Z01,
   t=[99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False, "PRC", G],
   x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=2240000), base=1180000, forum_out=False, design=[]),
 "h459z02": dict(file="h459z02_offset_press_control_retrofit.docx", lang="zh", cat="hardware", src=H459Z02,
   t=[None, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 9, False, True, True, "PRC", G],
   x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=940000), base=830000, forum_out=False, design=["CR-LD-LOW", "CR-SUBCONTRACT"]),
 "h459z03": dict(file="h459z03_dental_chain_booking_emr_saas.txt", lang="zh", cat="cloud", src=H459Z03,
   t=[99.5, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True, True, False, "PRC", S],
   x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=615200),
   base=None, forum_out=False, design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
 "h459z04": dict(file="h459z04_property_supervision_system_om.txt", lang="zh", cat="services", src=H459Z04,
   t=[None, None, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False,
      "PRC", S],
   x=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=386000),
   base=None, forum_out=False, design=["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "h459z05": dict(file="h459z05_cake_factory_aps_supplier_template.md", lang="zh", cat="software", src=H459Z05,
   t=[None, 8, False, "supplier", True, False, True, None, None, 50, False, False, 6, 28, False, True, None, None, G],
   x=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
          contract_value=880000), base=560000, forum_out=False,
   design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h459e01": dict(file="h459e01_process_simulation_licence_fr_vendor.pdf", lang="en", cat="software", src=H459E01,
   t=[None, 2, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 13, False, True, False, "France", G],
   x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=1664000), base=1292000, forum_out=True, design=["CR-GOVERNING-LAW"]),
 "h459e02": dict(file="h459e02_pim_saas_order_form_be_vendor.md", lang="en", cat="cloud", src=H459E02,
   t=[99.95, 0.5, True, "buyer", True, True, True, 500 / 578000 * 100, 6 / 24 * 100, None, True, None, None, None,
      True, True, False, "PRC", S],
   x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=578000),
   base=None, forum_out=False, design=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"]),
 "h459e03": dict(file="h459e03_cement_plant_condition_sensors.docx", lang="en", cat="hardware", src=H459E03,
   t=[None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 8.5, False, True, False, "PRC", G],
   x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=1340000), base=1191000, forum_out=False, design=[]),
 "h459e04": dict(file="h459e04_managed_meeting_rooms_nl_vendor.md", lang="en", cat="services", src=H459E04,
   t=[None, 0.25, True, "buyer", False, True, True, 1200 / 1450000 * 100, 150, None, True, None, None, None, False,
      False, False, "PRC", S],
   x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1450000),
   base=None, forum_out=False, design=["CR-DATA-SECURITY", "CR-TERMINATION"]),
 "h459e05": dict(file="h459e05_vessel_tracking_data_api_pt_vendor.txt", lang="en", cat="cloud", src=H459E05,
   t=[99.5, 1, True, "buyer", True, False, True, 500 / 734000 * 100, 200, None, True, None, None, None, False, True,
      True, "PRC", S],
   x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=734000),
   base=None, forum_out=False, design=["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, base):
    """Policy section 4: horizon 5 years from acceptance; value + post-warranty fees (partial years pro rata)."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * base * t["post_warranty_fee_pct"] / 100
    total = x["contract_value"] + fees
    return total, fees / total * 100


def my_rules(t, x, base, forum_out):
    """My own reading of policy.md section 3 (not project code)."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.add("CR-SLA-AVAILABILITY")
        if not t["sla_remedy"]:
            r.add("CR-SLA-NO-REMEDY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
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
        if c and c[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
ZN = "一二三四五六七八九十百千零两〇"
PATTERNS = [  # (name, regex) applied to raw, whitespace-collapsed and whitespace-free text, case-insensitive
 ("99.9", r"(?<![\d.])99\.90*(?!\d)"), ("99.9", r"九十九点九(?![一二三四五六七八九])"),
 ("4h", r"(?<![\d.])4\s*(个?小时|hours?(?![a-z])|hrs?(?![a-z])|-hour)"), ("4h", r"(?<![%s])四\s*个?小时" % ZN),
 ("4h", r"four[\s-]*hours?"), ("4h", r"(?<![\d.])240\s*(分钟|minutes?)"),
 ("0.05%", r"(?<![\d.])0\.050*\s*(%|percent|per\s*cent)"), ("0.05%", r"万分之五(?![十百千\d])"),
 ("0.05%", r"千分之零点五"),
 ("100%", r"(?<![\d.])100(\.0+)?\s*(%|percent|per\s*cent)"), ("100%", r"百分之(一)?百"),
 ("100%", r"one\s*hundred\s*per\s*cent|hundred\s*percent"),
 ("30%", r"(?<![\d.])30(\.0+)?\s*(%|percent|per\s*cent)"), ("30%", r"百分之三十(?![一二三四五六七八九])"),
 ("30%", r"三成"), ("30%", r"thirty\s*per\s*cent"),
 ("12m", r"(?<![\d.])12\s*(个月|months?(?![a-z])|-month)"), ("12m", r"(?<![%s])十二\s*个月" % ZN),
 ("12m", r"twelve[\s-]*months?"), ("12m", r"(?<![十\d])一\s*年"), ("12m", r"(?<![a-z])one[\s-]*years?"),
 ("12m", r"oneyear"), ("12m", r"(?<![\d.])1\s*-?\s*years?(?![a-z])"),
 ("15%", r"(?<![\d.])15(\.0+)?\s*(%|percent|per\s*cent)"), ("15%", r"百分之十五(?![一二三四五六七八九])"),
 ("15%", r"fifteen\s*per\s*cent"),
 ("40%", r"(?<![\d.])40(\.0+)?\s*(%|percent|per\s*cent)"), ("40%", r"百分之四十(?![一二三四五六七八九])"),
 ("40%", r"四成"), ("40%", r"forty\s*per\s*cent"),
 ("5y", r"(?<![\d.])5\s*(年|years?(?![a-z])|-year)"), ("5y", r"(?<![%s])五\s*年" % ZN), ("5y", r"five[\s-]*years?"),
 ("5y", r"(?<![\d.])60\s*(个月|months?(?![a-z])|-month)"), ("5y", r"六十\s*个月"), ("5y", r"sixty[\s-]*months?"),
]
RX = [(n, re.compile(p, re.I)) for n, p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months",
            "12-month", "一年", "one year", "1 year", "15%", "15 %", "40%", "百分之四十", "四成", "5年", "五年",
            "five years", "5 years", "60 months", "六十个月"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "1 hour",
             "14 hours", "24 hours", "130%", "0.5%", "12 hours", "Subscription Year", "36 months", "万分之三",
             "一个服务年度", "one working day", "2026年3月", "45%", "35%", "10%", "25.0", "0.08%"]


def hits(text):
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    out = []
    for f in forms:
        for n, rx in RX:
            for m in rx.finditer(f):
                out.append((n, f[max(0, m.start() - 15):m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), "must miss: %s %s" % (s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        parts += ["\t".join(c.text for c in row.cells) for t in doc.tables for row in t.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def label(key, d):
    t = dict(zip(KEYS, d["t"]))
    x = dict(d["x"])
    if t["contract_kind"] != G:
        x.pop("post_warranty_fee_capped", None)
    rules = my_rules(t, x, d["base"], d["forum_out"])
    assert rules == sorted(d["design"]), (key, rules, d["design"])
    return {"file": d["file"], "language": d["lang"], "category": d["cat"], "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}


def check_thresholds(key, lab, d):
    t, x = lab["expected_terms"], lab["expected_extra"]
    for k, v in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                 ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                 ("post_warranty_fee_pct", 15)]:
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    if t["contract_kind"] == G:
        c = tco(t, x, d["base"])
        assert c is None or abs(c[1] - 40) > 2, (key, c)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for key, d in D.items():
        kind = d["file"].rsplit(".", 1)[1]
        if kind in ("docx", "pdf"):
            sources[key], targets[key] = d["src"], (d["file"], kind)
        else:
            (OUT / d["file"]).write_text(d["src"], encoding="utf-8")
            print("wrote", d["file"])
    write(sources, targets, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, d in D.items():
        lab = label(key, d)
        check_thresholds(key, lab, d)
        covered |= set(lab["expected_rules"])
        (OUT / d["file"].rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / d["file"])
        n = size(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        c = tco(lab["expected_terms"], lab["expected_extra"], d["base"]) if d["base"] else None
        print("%-50s %s %5d %s nonws=%d risk=%s tco=%s rules=%s" % (
            d["file"], d["lang"], n, "ok " if ok else "OUT", len(re.sub(r"\s", "", text)),
            risk(lab["expected_rules"]), c, ",".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        if not ok:
            problems.append((d["file"], "length", n))
        for h in hits(text) + hits(d["src"]):
            problems.append((d["file"], "threshold", h))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all 20 rules covered; no threshold figure; lengths in range")
