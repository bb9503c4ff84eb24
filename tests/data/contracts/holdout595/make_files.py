"""holdout595: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold figure, rules derived from labels = design list, coverage of all CR rules).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H595Z01 = """T:安福县高标准农田建设监测监管平台采购合同
P:合同编号：AFNY-ZFCG-2027-016    采购方式：公开招标（政府采购）
P:甲方（采购人）：安福县农业农村局
P:乙方（供应商）：江西禾田数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就高标准农田建设监测监管平台（以下简称"平台"）的软件许可及定制开发事宜订立本合同，本合同由甲方提供文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供高标准农田监测监管平台软件永久使用许可，覆盖全县十九个乡镇、已建及在建高标准农田项目区，并按甲方需求完成定制开发、部署实施和培训。
P:1.2 定制开发内容包括：项目建设进度"一张图"、土壤墒情与气象站数据接入、灌排设施运行监测、工程质量巡查移动端、耕地"非农化"预警、与省级农田建设综合监测监管平台的数据上报接口。
P:1.3 平台部署在甲方指定的县政务云，乙方不得将任何业务数据存放于政务云以外的环境。
P:1.4 乙方应完成现有农田项目档案、竣工图斑及历年监测数据的整理入库，入库数据须与甲方提供的台账逐项核对，并形成数据核对报告。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾叁万元整（¥2,130,000），包括：平台软件许可费¥1,180,000；定制开发费¥760,000；部署实施费¥148,000；培训费¥42,000。其中软件许可费为本合同的"软件许可价款"。
P:2.2 合同总价为固定价格，已含税费、差旅、第三方组件费用及质保期内的全部服务费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台初验合格后，甲方支付合同总价的45%。
P:3.3 平台最终验收合格后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，乙方每次请款前应开具合法有效的增值税发票。
H:第四条 实施进度
P:4.1 乙方应于合同签订后九十日内完成部署和定制开发并提请初验；初验合格后进入九十日试运行期，试运行期满提请最终验收。
P:4.2 乙方应按甲方批准的实施方案派驻项目经理及不少于五名实施人员，未经甲方同意不得更换项目经理。
P:4.3 实施期间，乙方每周向甲方提交项目周报，说明进度、问题及下周计划；遇可能影响工期的情况，应在三日内书面报告甲方。
P:4.4 乙方应对县、乡两级业务人员开展操作培训，培训不少于四期，并提供操作手册和视频教程。
H:第五条 验收
P:5.1 初验标准：第一条所列功能全部实现并通过甲方组织的功能测试；墒情、气象及灌排监测数据接入完整率不低于98%；与省级平台的上报接口连续十五日上报成功；移动端在一般网络下页面响应不超过三秒。
P:5.2 最终验收标准：试运行期内无一级故障；平台通过第三方机构的网络安全等级保护测评及软件安全检测；乙方移交全部源代码、数据库设计文档、接口文档和运维手册。
P:5.3 验收由甲方组织，邀请农业、信息化专家参加，出具书面验收报告。平台上线、试运行或甲方使用均不视为验收合格。
P:5.4 验收不合格的，乙方应在十五日内完成整改并重新提请验收，重新验收的费用由乙方承担。
P:5.5 乙方应配合甲方迎接省、市农业农村部门对高标准农田监测监管工作的检查，按要求提供平台数据和运行情况说明。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及现场技术支持。
P:6.2 质保期内，乙方每季度对平台进行一次巡检，检查服务器资源、数据接入和接口运行情况，并向甲方提交巡检报告。
P:6.3 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过软件许可价款的9%，即每年不超过¥106,200，且质保期满后三年内不得上调。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前三日经甲方同意）。
P:7.2 一级故障（平台无法访问、数据上报中断）乙方应在三十分钟内响应，两小时内到场；二级故障两小时内响应，次日内解决。
P:7.3 响应或到场每迟延一小时，乙方支付违约金人民币一千元；月度可用率每低于约定值0.01个百分点，扣减人民币两千元，从维护费或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方，甲方享有永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据模型、文档及源代码的知识产权归甲方所有，甲方可自行或委托第三方修改、使用，无需另行付费。
H:第九条 数据安全
P:9.1 平台采集、存储和产生的全部数据（含农田项目信息、监测数据、影像及日志）归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密传输、操作审计等措施；运维人员须通过堡垒机访问，不得将数据复制到政务云以外。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、未公开的项目信息及个人信息负有保密义务，保密期限不因本合同终止而解除。
P:10.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员违反保密义务的行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付的平台不符合合同约定的，应在甲方指定期限内整改；整改后仍不合格的，甲方有权解除合同并要求赔偿损失。
P:11.3 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方应支付的违约金和赔偿金，甲方可从履约保证金或应付款中直接扣除。
H:第十二条 分包与转让
P:12.1 本项目不允许分包或转包，乙方不得将本合同权利义务转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:14.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
P:14.3 本合同一式六份，甲方四份，乙方两份，自双方盖章之日起生效。招标文件、投标文件及澄清函为本合同组成部分。
P:甲方（盖章）：安福县农业农村局        乙方（盖章）：江西禾田数智科技有限公司
P:签订日期：2027年3月    日
"""

H595Z02 = """T:染色机控制系统改造及维保合同
P:合同编号：HSFZ-SB-2027-031
P:甲方：绍兴恒顺纺织印染有限公司
P:乙方：杭州智染自动化工程有限公司
P:甲方因生产需要，委托乙方对其印染车间二十四台溢流染色机的控制系统进行改造，双方经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有单机控制器，为每台染色机更换PLC控制柜、触摸屏、温度及液位传感器、比例阀，并部署中控调度软件和配方管理模块，实现染色工艺的集中下发、过程监控和批次追溯。
P:1.2 乙方负责中控软件与甲方ERP系统的生产工单及配方数据接口开发、现场安装调试、操作人员与设备人员培训。
P:1.3 改造须分批停机进行，每批不超过六台，不得影响甲方其余机台的正常生产。
P:1.4 乙方应在进场前完成现场勘查，提交改造方案、分批停机计划、电气图纸和安全措施，经甲方设备部和生产部会签后实施。改造中拆除的旧控制器归甲方所有，由乙方清点后移交甲方仓库。
P:1.5 乙方应保证改造后的控制系统兼容甲方现有的助剂自动配送系统，并为后续新增机台预留接入能力，新增机台接入时仅按上表单价计费。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰柒拾肆万元整（¥1,740,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含电气元件）|24套|38,500|924,000
TB:2|触摸屏及温度、液位传感器|24套|9,800|235,200
TB:3|中控调度软件许可（永久）|1套|268,000|268,000
TB:4|配方管理模块许可（永久）|1套|96,000|96,000
TB:软硬件小计||||1,523,200
TB:5|安装调试|1项|118,800|118,800
TB:6|ERP接口定制开发|1项|86,000|86,000
TB:7|培训|1项|12,000|12,000
TB:合计||||1,740,000
P:2.2 上表第1至4项合计为"软硬件小计"。合同总价包含设备、软件、运输、安装、税费等全部费用。
P:2.3 PLC控制柜、触摸屏及传感器的品牌、型号和技术参数以附件一《设备技术规格表》为准，乙方不得擅自替换；确需替换的，应事先取得甲方书面同意，且替换产品的性能不得低于原约定。
H:第三条 付款
P:3.1 合同生效后七个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的35%。到货签收不视为质量验收。
P:3.3 系统最终验收合格后十五个工作日内，甲方支付合同总价的45%。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后七十五日内完成全部二十四台染色机的改造并提请验收。
P:4.2 因甲方原因（包括未按期安排停机、现场不具备施工条件）造成延误的，工期相应顺延，顺延天数以甲方书面确认为准。
P:4.3 乙方逾期完成的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的10%。
H:第五条 验收
P:5.1 每批机台改造完成后，乙方应进行单机调试，并连续运行三个完整染程，温控精度在正负0.5摄氏度以内、升温曲线与配方偏差不超过2%。
P:5.2 全部机台改造后连续生产运行二十日，配方下发无失败记录、批次数据追溯完整、ERP工单同步无差错，即达到最终验收条件，由甲方出具书面验收报告。
P:5.3 设备投入生产使用不代替书面验收。
P:5.4 验收不合格的，乙方应在十日内整改并重新提请验收，由此增加的费用由乙方承担；两次验收仍不合格的，甲方有权解除合同。
P:5.5 乙方应在最终验收前移交电气图纸、PLC程序备份、软件安装介质、操作及维护手册。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内硬件免费更换，软件免费修复与升级。
P:6.2 质保期满后，乙方提供年度维保服务，含驻厂工程师、备件更换及软件升级，年维保费按软硬件小计的26%计取，即每年人民币396,032元，质保期满后三年内维持不变。
P:6.3 一级故障（整批机台停机或中控系统瘫痪）乙方一小时内响应，八小时内恢复；二级故障两小时内响应，二十四小时内解决。
P:6.4 乙方响应或恢复每迟延一小时，向甲方支付人民币八百元，从当期应付款或维保费中扣除。
P:6.5 乙方应在绍兴市区常备关键备件，包括PLC模块、触摸屏和温度传感器各不少于两套，保证故障件当日更换。
P:6.6 乙方每季度对全部机台的控制系统进行一次预防性巡检，校准温度及液位传感器，并向甲方提交巡检报告。
H:第七条 知识产权
P:7.1 中控调度软件及配方管理模块的知识产权归乙方或其许可方，甲方获得永久使用许可。
P:7.2 为甲方定制开发的ERP接口程序及其源代码、配置文件归甲方所有，甲方可自行修改或交第三方维护。
H:第八条 数据安全与保密
P:8.1 配方、工艺参数、生产批次记录等数据属于甲方，乙方不得用于本合同以外的目的。乙方远程维护须经甲方逐次批准，通过甲方指定的VPN接入并留存日志，不得拷贝配方数据。
P:8.2 因乙方原因导致配方或生产数据泄露、丢失的，乙方应在两小时内通知甲方，并承担由此造成的全部损失。
P:8.3 双方对在合作中获悉的对方商业秘密、技术资料负有保密义务，期限至本合同终止后五年。
H:第九条 分包
P:9.1 乙方可将现场线缆敷设、控制柜吊装等辅助工作委托第三方实施，但应提前三个工作日书面通知甲方，并对第三方的工作质量与安全承担责任。
H:第十条 违约与解除
P:10.1 乙方严重违约，经甲方书面通知后十日内未予纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 因乙方改造质量问题导致染色批次报废或返工的，乙方应赔偿甲方的直接损失，包括坯布、染化料和能耗费用。
H:第十一条 安全生产
P:11.1 乙方人员进入车间应遵守甲方安全生产制度，动火、带电作业须办理审批。因乙方原因造成人身或设备事故的，由乙方负责。
P:11.2 乙方应为现场人员购买意外伤害保险，并在进场前向甲方提交人员名单及特种作业资格证书复印件。
P:11.3 施工产生的废弃线缆、包装物由乙方负责清运，保持车间整洁。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同发生争议的，双方应先行协商；协商不成的，提交绍兴仲裁委员会仲裁。
P:12.2 附件一《设备技术规格表》、附件二《分批停机计划》、附件三《验收测试记录表》为本合同组成部分，与本合同具有同等效力。
P:12.3 本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：                      乙方（盖章）：
P:日期：2027年  月  日
"""

H595Z03 = """连锁驾校约车培训管理SaaS服务及实施合同

合同编号：XC-JX-SaaS-2027-008
甲方：河南安行机动车驾驶员培训集团有限公司
乙方：郑州云驾信息技术有限公司

甲方在省内经营五十个驾校校区，为统一学员报名、约车、教练排班和计时培训管理，采购乙方的约车培训管理SaaS服务及实施服务。双方协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方五十个校区提供约车培训管理SaaS服务，包括学员报名建档、科目二科目三约车、教练排班、车辆与场地管理、学时统计、收费对账、学员移动端和管理驾驶舱。
2. 服务期为两个服务年度：第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。
3. 乙方应保证平台与省级机动车驾驶培训监管服务平台的计时数据对接持续有效。
4. 乙方应根据交通运输主管部门的监管要求及时升级平台功能，费用已包含在订阅费中。
5. 乙方每月向甲方提供服务报告，内容包括可用率、故障处理情况、约车量统计和优化建议。
（二）实施服务
1. 乙方负责五十个校区的基础数据初始化、历史学员数据迁移、收费规则与排班规则配置、甲方现有计时终端对接，以及校区管理员和教练的培训。
2. 实施期为合同签订后六十日，分三批上线，每批上线前乙方须提交上线方案并经甲方确认。
3. 乙方应指定一名项目经理负责实施，并为每批上线的校区提供不少于三日的现场或远程驻点支持。

二、费用
（一）订阅费：每校区每服务年度人民币9,600元，五十个校区每服务年度合计人民币480,000元，两个服务年度合计人民币960,000元。
（二）实施费：一次性人民币148,000元。
（三）合同总价：人民币1,108,000元（大写：壹佰壹拾万零捌仟元整），含税。服务期内新增校区的，按每校区每服务年度9,600元按月折算另行结算。

三、付款
（一）本合同不设预付款。
（二）实施费在全部校区上线验收合格后二十个工作日内一次付清。
（三）订阅费按季度结算，每季度结束后十五个工作日内，乙方开具发票，甲方支付该季度订阅费120,000元。
（四）依照第五条应给予的服务抵扣，从甲方应付的订阅费中直接扣减。

四、上线验收
（一）每批校区上线后，乙方应完成以下测试并提交报告：
1. 约车、排班、学时统计、收费对账功能按需求说明书逐项测试通过；
2. 历史学员数据迁移后与原系统抽样比对一致，抽样不少于每校区二百条；
3. 与省级监管平台的计时数据连续七日对接无中断；
4. 高峰时段（每日早七点至九点）约车操作页面响应不超过二秒。
（二）甲方在收到报告后十个工作日内组织验收，验收通过的出具书面上线验收单。系统试用不视为验收合格。
（三）验收未通过的，乙方应在七日内整改并重新提交测试报告；全部校区上线验收合格之日为系统上线验收合格之日。

五、服务水平
（一）平台月度可用率不低于99.5%，按每月实际可用分钟数除以当月总分钟数计算，甲方同意的计划维护时间除外。
（二）故障分级与响应：
1. 一级故障（全部或多数校区无法约车、计时对接中断）：三十分钟内响应，二小时内恢复；
2. 二级故障（单一校区或单一功能不可用）：一小时内响应，八小时内恢复；
3. 三级问题（使用咨询、报表调整）：一个工作日内答复。
（三）乙方应提供7×24小时服务热线和在线工单系统，并为甲方指定一名客户成功经理，每季度与甲方召开服务回顾会议。
（四）服务补偿：月度可用率低于约定值的，乙方按当月订阅费的5%向甲方提供服务抵扣；一级故障恢复每超时一小时，再抵扣当月订阅费的2%。抵扣从下季度订阅费中扣除。

六、续期
（一）服务期满前三十日，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，可多次续期。
（二）续期服务年度的订阅费由乙方根据其届时公布的标准价格确定，并于续期前书面通知甲方，续期后按调整后的价格结算。

七、数据
（一）学员个人信息、报名与约车记录、教练及车辆信息、收费数据等全部业务数据归甲方所有，乙方仅为向甲方提供本合同服务之目的处理，不得用于其他用途，不得向任何第三方提供。
（二）乙方应将数据存储于境内数据中心，采取加密存储、分级授权、操作留痕等安全措施，并每日备份。发生数据泄露或丢失的，乙方应在二小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（三）服务终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。
（四）乙方应按照《个人信息保护法》的要求，协助甲方完成学员个人信息处理的告知和同意，配合甲方处理学员查询、更正和删除个人信息的请求。
（五）乙方平台应通过网络安全等级保护第三级测评，并在每个服务年度向甲方提供有效的测评证明。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和学员个人信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

九、知识产权
SaaS平台的知识产权归乙方。乙方为甲方定制的收费规则、报表模板、数据迁移脚本等成果归甲方所有，甲方可自由使用和修改。乙方保证平台不侵犯任何第三方的知识产权；因侵权引起的索赔，由乙方负责处理并承担由此产生的全部费用，甲方因此受到的损失由乙方赔偿。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）乙方违反第七条约定的，除承担赔偿责任外，甲方有权立即解除本合同。

十一、分包
乙方不得将本合同项下的服务分包给第三方；确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方可解除本合同，乙方应退还未履行期间的订阅费。
（二）平台连续两个月可用率低于约定值，或一个服务年度内发生三次以上一级故障的，视为乙方严重违约。
（三）合同解除或终止的，乙方应按第七条第（三）项交付数据，并给予甲方不少于三十日的过渡期。

十三、争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十四、其他
（一）服务期内乙方变更平台运营主体或数据中心位置的，应提前三十日书面通知甲方并取得甲方同意。
（二）双方联系人及联系方式见附件，变更的应及时书面通知对方。
（三）服务期内如遇国家法律法规或监管政策调整，双方应本着诚信原则协商修改相关条款。
（四）附件为本合同不可分割的组成部分，与本合同正文具有同等法律效力。
（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：需求说明书、校区清单、上线计划。

甲方（盖章）：                乙方（盖章）：
签订日期：2027年  月  日
"""

H595Z04 = """宜宾市第二人民医院
医院信息系统（HIS）年度运维服务合同

项目编号：YBEY-CS-2026-112（竞争性磋商）
甲方：宜宾市第二人民医院
乙方：四川康信医疗信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方医院信息系统（HIS）及相关子系统的年度运维服务订立本合同。

第一条 服务范围
本合同所称运维服务，是指乙方为保障甲方HIS系统连续、稳定、安全运行而提供的技术服务，运维对象清单以磋商文件附件为准。
（一）运维对象：门急诊挂号收费、住院管理、药房药库、医生工作站、护士工作站、医技预约及上述系统与LIS、PACS、电子病历、医保结算平台之间的接口。
（二）服务内容：日常巡检、故障处理、数据库维护与备份检查、性能优化、医保及卫健政策变更引起的程序调整、接口维护、用户培训和运维报告。
（三）乙方派驻两名运维工程师常驻甲方信息科，工作日八点至十八点在岗，其余时间电话值守，遇重大故障须到场处理。
（四）乙方应建立运维工单制度，所有故障报修、变更和咨询均通过工单记录，工单记录作为考核依据，甲方可随时查阅。
（五）乙方每半年配合甲方进行一次数据备份恢复演练和一次应急切换演练，并提交演练报告。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。

第三条 服务费用及支付
（一）年度运维服务费为人民币捌拾柒万陆仟元整（¥876,000），含驻场人员、差旅、税费等全部费用。
（二）服务期内因甲方新增科室、院区或新增接口而增加的工作量，在磋商文件约定的范围内不另行收费；超出范围的，双方另行书面约定。
（三）本合同不设预付款。服务费按季度支付，每季度结束后，经甲方季度考核合格，乙方开具发票，甲方在二十个工作日内支付当季费用人民币219,000元。

第四条 服务水平
（一）核心业务系统（挂号收费、住院、医生站、医保结算）年度可用率不低于99.95%。
（二）故障分级与响应时间：
1. 一级故障：门急诊或住院业务中断、医保结算无法进行。乙方应在十五分钟内响应，驻场工程师立即处理，两小时内恢复业务；
2. 二级故障：单一子系统或部分科室无法使用。三十分钟内响应，六小时内解决；
3. 三级问题：一般功能缺陷或使用咨询。当日响应，三个工作日内解决。
（三）乙方每月进行一次全面巡检，每季度进行一次数据库性能优化，每月提交运维月报，内容包括故障统计、处理时长、隐患及整改建议。
（四）医保、卫健部门发布新的接口或政策要求的，乙方应在规定的上线日期前完成程序调整和测试。
（五）乙方应按月统计上述指标，未达标的应在运维月报中说明原因并提出改进措施。
（六）甲方开展等级保护测评、电子病历系统应用水平评级和互联互通测评期间，乙方应安排专人配合整改，并按时提交所需的技术材料。
（七）乙方对系统的重大变更须提前制定变更方案和回退方案，经甲方审批后在业务低峰时段实施。

第五条 考核与验收
（一）甲方每季度按照磋商文件附件《运维考核细则》对乙方进行考核，考核项目包括故障响应与恢复时长、巡检完成率、备份检查记录、月报质量及用户满意度，季度考核得分八十分及以上为合格。
（二）考核结果由甲方信息科会同医务科、财务科共同确认，并书面通知乙方；乙方对考核结果有异议的，可在五个工作日内提出复核申请。
（三）季度考核不合格的，乙方应在十个工作日内提交整改报告，甲方在下一季度考核中对整改情况进行复查。
（四）服务期满前，甲方组织年度验收，审查全年运维记录、故障处理报告、备份恢复演练记录及文档移交情况，验收合格后出具书面验收意见。

第六条 数据安全
（一）HIS系统内的患者信息、诊疗记录、费用数据等全部数据归甲方所有，乙方仅为履行本合同运维义务接触和处理，不得用于其他任何用途，不得复制、留存或向第三方提供。
（二）乙方人员须通过甲方堡垒机访问生产系统，使用实名账号，禁止使用移动存储介质；对生产数据库的变更操作须经甲方信息科审批并双人复核。
（三）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及卫生健康行业网络安全管理规定。
（四）发生数据泄露、篡改、丢失等事件的，乙方应在一小时内报告甲方，配合调查处置；因乙方原因导致的，乙方承担全部法律责任和赔偿责任。

第七条 保密
乙方及其人员对在服务过程中知悉的甲方患者隐私、内部管理信息和网络配置信息负有保密义务，不得向任何第三方披露。乙方应与驻场人员签订保密承诺书并报甲方备案。本条义务在合同终止后持续有效。

第八条 知识产权
乙方在运维过程中为甲方编写的脚本、接口程序修改、报表及运维文档归甲方所有，乙方应在服务期满时全部移交。乙方保证其提供的服务和工具不侵犯第三方的知识产权，因此引起的纠纷由乙方负责处理并承担费用。

第九条 人员管理
乙方应指定一名项目负责人统筹本项目的运维工作，负责与甲方信息科的日常沟通和月度工作汇报。
（一）乙方驻场人员须具备三年以上医院信息系统运维经验，名单经甲方确认后不得随意更换；确需更换的，应提前十日书面申请，并安排不少于五个工作日的交接。
（二）驻场人员应遵守甲方各项规章制度，着装整洁，服从信息科的工作安排。未经甲方许可，不得进入手术室、病区等区域。
（三）甲方认为驻场人员不能胜任工作的，有权要求乙方更换，乙方应在十个工作日内派出符合要求的人员。

第十条 分包
乙方不得将本合同项下的运维服务全部或部分转包、分包给第三方。

第十一条 违约责任
（一）乙方未按本合同约定提供服务的，甲方有权要求乙方限期整改；给甲方造成损失的，乙方应依法赔偿实际损失。
（二）甲方无正当理由逾期支付服务费的，应按逾期金额的万分之三按日支付利息。

第十二条 合同的变更与解除
本合同履行期间，任何一方不得单方解除合同。确需变更或解除的，双方应协商一致并签订书面协议。

第十三条 服务交接
服务期满或合同终止时，乙方应向甲方或甲方指定的第三方移交全部运维文档、账号清单、脚本及未结工单，并提供不少于二十日的交接配合，交接完成后注销全部访问账号。

第十四条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，可部分或全部免除责任。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交宜宾仲裁委员会仲裁。

第十六条 其他
（一）本合同未尽事宜，以磋商文件、响应文件及成交通知书为准。
（二）本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：宜宾市第二人民医院          乙方（盖章）：四川康信医疗信息技术有限公司
法定代表人或授权代表：                    法定代表人或授权代表：
签订日期：2026年12月  日
"""

H595Z05 = """# 发酵罐智能监测系统软件许可及开发合同

（乙方标准合同文本 酿智-HT-2026 版）

合同编号：NZ-2027-0419

甲方：四川郫都川香豆瓣酿造有限公司

乙方：成都酿智物联科技有限公司

甲方拟对其晒露及发酵车间的发酵罐实施智能监测，乙方同意按本合同向甲方提供"酿智发酵监测平台"软件许可及定制开发服务。双方确认已充分理解本合同条款，并同意按本合同执行。

## 第一条 合同标的

1.1 乙方向甲方提供酿智发酵监测平台V3.2软件许可一套（永久许可，限甲方本厂区使用），并接入甲方现有的一百六十个发酵罐的温度、湿度、pH及液位传感器。

1.2 定制开发内容：豆瓣发酵工艺曲线建模、异常发酵预警模型、翻晒作业提醒、质检数据录入模块、与甲方MES系统的批次接口。

1.3 具体功能以乙方出具的《功能清单》为准，《功能清单》以外的需求另行计费。

1.4 甲方负责提供现场网络、机房环境、服务器及传感器的供电，并保证现有传感器工作正常。因传感器故障导致数据无法接入的，不属于乙方责任。

1.5 乙方负责提供部署所需的平台软件安装介质、操作手册，并对甲方指定人员进行一次集中培训。培训结束后，甲方人员应能独立完成日常查询、报表导出和预警确认操作。

1.6 平台运行所需的服务器、操作系统及数据库由甲方自行采购，其配置应符合乙方提出的最低配置要求。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 酿智发酵监测平台软件许可（永久） | 560,000 |
| 2 | 定制开发（工艺曲线、预警模型、MES接口等） | 430,000 |
| 3 | 传感器接入调试 | 96,000 |
| 4 | 实施及培训 | 34,000 |
| | 合计 | 1,120,000 |

合同总价为人民币壹佰壹拾贰万元整（¥1,120,000）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即人民币560,000元。乙方收到该笔款项后启动项目。

3.2 系统安装部署完成后五个工作日内，甲方支付合同总价的50%，即人民币560,000元。

3.3 乙方收到每笔款项前，应向甲方开具等额增值税专用发票。

3.4 甲方逾期付款的，乙方有权暂停服务，实施期限相应顺延，并按逾期金额每日千分之一收取违约金。

## 第四条 交付

4.1 乙方应于收到首笔款项后一百二十日内完成系统部署。因甲方现场条件、传感器状况或需求变更造成的延误，交付期相应顺延。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

4.3 甲方应在乙方进场前完成场地准备并指定项目联系人，甲方未按时配合的，乙方有权顺延工期，并要求甲方承担乙方人员的窝工费用。

## 第五条 验收

5.1 系统安装部署完成后，乙方通知甲方，即视为甲方验收合格。

5.2 甲方在部署完成后使用系统的，视为对系统的认可，此后提出的问题按维护服务处理。

5.3 甲方对系统功能有异议的，应在部署完成后三日内以书面形式提出，逾期未提出的，视为甲方无异议。

## 第六条 维护服务

6.1 乙方提供六个月免费维护期，自系统安装部署完成之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供技术支持，确需现场服务的，由乙方根据情况安排。甲方报告一级故障（平台整体无法使用）的，乙方在八小时内响应；其他问题在两个工作日内响应。乙方尽力在合理时间内排除故障。

6.3 免费维护期内，因甲方操作不当、擅自修改配置、断电、网络故障或传感器损坏造成的问题，乙方提供有偿服务。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护合同，年维护费为软件许可费的10%，即每年人民币56,000元，三年内不上调。

## 第七条 知识产权

7.1 平台软件及本合同项下定制开发的工艺曲线模型、预警模型、接口程序、源代码及相关文档的知识产权均归乙方所有。

7.2 甲方在本合同约定的厂区范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方。

## 第八条 数据

8.1 系统中的发酵监测数据、工艺参数和质检数据归甲方所有。

8.2 甲方同意，乙方可将上述数据进行脱敏处理后，用于乙方产品改进、模型训练和行业分析，该使用不受本合同期限限制。

8.3 乙方对存储在平台中的数据采取访问控制、加密存储和日志审计等安全措施；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应责任。

8.4 为提供远程维护，甲方同意乙方通过乙方的运维通道访问平台，乙方应记录访问日志并按甲方要求提供。

8.5 合同终止后，乙方应甲方书面要求，将平台中的甲方数据以通用格式导出交付甲方。

## 第九条 保密

双方对因本合同获得的对方技术资料、工艺配方和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。乙方可在其宣传材料和客户名单中使用甲方的名称和标识，以及本项目的案例介绍。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

10.2 乙方对甲方的间接损失、利润损失、产品损失不承担责任。

10.3 因甲方提供的资料、数据不准确或甲方未按乙方建议操作造成的损失，乙方不承担责任。

10.4 预警模型仅作为甲方生产管理的参考，甲方根据预警结果作出的工艺调整、翻晒或报废决定，由甲方自行负责，乙方不对发酵结果或产品质量承担责任。

## 第十一条 合同解除

11.1 一方严重违约且在收到守约方书面通知后三十日内未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，乙方已收取的款项不予退还；已完成的定制开发工作，甲方应按乙方核定的工作量另行支付费用。

11.3 合同解除后，甲方应停止使用平台软件，并删除全部安装副本。

## 第十二条 通知

双方的通知以书面形式送达本合同首页所列地址，或发送至双方指定的电子邮箱，发出后次日视为送达。一方变更地址或邮箱的，应提前五日通知对方，否则按原地址送达即视为有效。

## 第十三条 争议解决

因本合同产生的争议，双方友好协商；协商不成的，提交成都仲裁委员会仲裁。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效。本合同为乙方标准文本，双方另有书面约定的除外。

14.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

14.3 本合同一式两份，双方各执一份。

甲方（盖章）：                    乙方（盖章）：

日期：                            日期：
"""

H595E01 = """T:Software Licence and Services Agreement
P:Agreement No. AGS-YN-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Yunnan Jinsha Nonferrous Mining Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Kunming, Yunnan Province (the "Buyer"), and Andes GeoSistemas S.A.C., a company incorporated in Peru with its registered office at Avenida Javier Prado Este, San Isidro, Lima, Peru (the "Vendor").
P:The Buyer operates three open-pit copper mines and wishes to acquire a perpetual licence to the Vendor's slope stability and mine planning software, together with configuration, integration, data migration and training services. The Vendor has offered to supply them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's GeoPlan Suite, version 9, comprising the slope stability module, the pit design module and the radar monitoring dashboard, together with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interfaces, scripts, report templates and other work product created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all geological, survey, radar, production and personal data supplied by the Buyer or generated through the Buyer's use of the Software.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor shall deliver the Software for installation on the Buyer's servers in Kunming, configure it for the three mines, integrate it with the Buyer's slope radar system and its fleet management system, migrate the Buyer's existing block models and survey history, and train the Buyer's engineers.
P:2.2 The Vendor shall carry out the work according to the project plan in Annex 1 and shall appoint a project manager who speaks Chinese or is supported by a qualified interpreter at the Vendor's cost.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to sixty named users at the Buyer's mines and head office in China, including use by the Buyer's contractors working for the Buyer.
P:3.2 The licence fee is a one-time fee. No further licence fee is payable for continued use of the Software.
H:Article 4 Price and Payment
P:4.1 The total price of this Agreement (the "Contract Price") is CNY 1,920,000, made up as follows: Software licence fee CNY 1,360,000; configuration and integration CNY 420,000; data migration CNY 96,000; training CNY 44,000.
P:4.2 The Contract Price is fixed and includes all taxes, travel, accommodation and interpreting costs of the Vendor.
P:4.3 The Buyer shall pay the Contract Price as follows: 10% within 20 days after signature against the Vendor's invoice and an advance payment guarantee; 55% after the Software has been installed and the integration tests under Article 5.1 have been passed; and 35% within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Acceptance
P:5.1 Integration tests: after installation the Vendor shall demonstrate that radar displacement data are received by the Software within sixty seconds of measurement, that haul truck positions from the fleet management system are displayed correctly, and that the migrated block models reconcile with the source models in tonnage and grade for every bench tested.
P:5.2 Trial operation: after the integration tests the Software shall run in production for forty-five days. During trial operation no Severity 1 incident may remain unresolved beyond the restoration time in Article 7, and every function listed in Annex 2 must work as documented.
P:5.3 The Buyer shall issue a written Final Acceptance certificate within ten working days after the Vendor shows that the criteria in Articles 5.1 and 5.2 are met. Installation, use of the Software or any payment does not by itself constitute acceptance.
P:5.4 If the criteria are not met, the Vendor shall correct the defects at its cost and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall provide corrections, updates, new versions and remote and on-site support free of charge.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee is 12% of the Software licence fee, that is CNY 163,200 per year, and shall not be increased for the first three years after the warranty period. Support is ordered by the Buyer each year by written purchase order and does not renew automatically.
H:Article 7 Service Levels
P:7.1 The Vendor shall maintain a support desk reachable in Chinese and English by telephone and e-mail at all times.
P:7.2 Severity 1 (the Software is unavailable or slope alarms are not generated): response within one hour, restoration within eight hours. Severity 2 (a major function is impaired): response within two hours, resolution within two working days. Severity 3 (other issues): response within one working day.
P:7.3 For each hour by which the Vendor exceeds a response or restoration time for a Severity 1 incident, the Vendor shall pay the Buyer CNY 1,500, which the Buyer may deduct from any amount due.
H:Article 8 Delay
P:8.1 If the Vendor fails to complete the integration tests or to reach Final Acceptance by the dates in Annex 1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:8.2 If the delay exceeds sixty days, the Buyer may terminate this Agreement under Article 14.
H:Article 9 Intellectual Property
P:9.1 The Software remains the property of the Vendor and its licensors.
P:9.2 All rights in the Custom Deliverables, including their source code, belong to the Buyer upon creation. The Buyer may use, modify and license them freely, including through third parties. The Vendor shall deliver the source code of the Custom Deliverables with the acceptance documents.
H:Article 10 Buyer Data and Data Security
P:10.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not use, copy, analyse or disclose it for any other purpose, including in anonymised or aggregated form.
P:10.2 The Vendor's remote access to the Buyer's systems requires the Buyer's approval for each session, uses the Buyer's VPN with multi-factor authentication and is recorded. Buyer Data shall not be transferred outside China. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:10.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall cooperate in the investigation and remedy, and shall be liable for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's geological and production information, use it only for this Agreement and not disclose it to third parties without prior written consent.
P:11.2 This obligation survives for five years after termination or expiry of this Agreement.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price.
P:12.2 The limit does not apply to liability for personal injury, wilful misconduct, breach of Article 10 or Article 11, or infringement of third-party intellectual property rights.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within thirty days after receiving notice of the breach.
P:14.2 On termination the Vendor shall return or delete Buyer Data as the Buyer instructs and shall refund amounts paid for work not accepted.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to reduce the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Republic of Peru.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Arbitration Center of the Lima Chamber of Commerce, seated in Lima, conducted in English by three arbitrators.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (Project Plan) and Annex 2 (Functional Specification), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:17.2 This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

H595E02 = """# ORDER FORM AND GENERAL TERMS

**Vendor:** Cosecha Analytics SpA, Avenida Apoquindo 4500, Las Condes, Santiago, Chile ("Vendor")

**Customer:** Shenzhen Haiyun Fresh Fruit Import & Trading Co., Ltd., Futian District, Shenzhen, Guangdong, People's Republic of China ("Customer")

**Order Form No.:** CA-CN-2027-014

This Order Form consists of Part A (Order Form) and Part B (General Terms). Part A prevails over Part B if they conflict.

## PART A - ORDER FORM

### A1. Service

Vendor will provide Customer with access to the Cosecha Forecast platform, a hosted software service for demand forecasting, cold-chain shipment planning and price analytics for imported fresh fruit (the "Service"), including the modules Forecast, Shipments, Pricing and Reports, for up to 85 named users in Customer's head office and its distribution centres in Shenzhen, Shanghai and Chengdu.

### A2. Subscription Term

The subscription term is 24 months starting on the Go-Live Date (the "Subscription Term"). The Go-Live Date is the date on which Customer signs the Go-Live Acceptance Certificate under Section 4 of Part B. The Subscription Term ends automatically at its expiry. Any further term requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription, 85 named users | CNY 38,500 per month x 24 months | 924,000 |
| Onboarding and data integration (one-time) | fixed | 86,000 |
| Training (one-time) | fixed | 14,000 |
| Total Contract Value | | 1,024,000 |

All fees are in CNY, fixed for the Subscription Term and inclusive of PRC value added tax. Additional named users may be added at CNY 450 per user per month, pro rata for the rest of the Subscription Term.

### A4. Invoicing and Payment

(a) No advance payment is due. (b) The onboarding and training fees are invoiced after the Go-Live Date. (c) The platform subscription is invoiced monthly in arrears. (d) Customer pays each correct invoice within 30 days of receipt by bank transfer in CNY.

### A5. Onboarding

Vendor will (i) connect the Service to Customer's ERP system for purchase orders, inventory and sales; (ii) load three seasons of Customer's historical shipment and sales data; (iii) configure forecast models for cherries, blueberries, table grapes, avocados and kiwifruit; and (iv) train Customer's planners and key users. Onboarding shall be completed within 70 days after the date of this Order Form.

### A6. Contacts and Hosting

Vendor will host the Service for Customer in a data centre of a licensed cloud provider in mainland China. Vendor's project lead: Ms Camila Rojas. Customer's project lead: Mr Chen Hao.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, including personal information, that Customer or its users submit to the Service or that the Service generates from such data.

1.2 "Customer Configurations" means the forecast model settings, reports, dashboards and interface mappings that Vendor creates specifically for Customer.

1.3 "Documentation" means Vendor's user guides for the Service, as updated from time to time.

### 2. Use of the Service

2.1 Vendor grants Customer a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.

2.2 Customer shall not resell the Service, reverse engineer it or use it to build a competing product.

2.3 Customer is responsible for the accuracy of Customer Data and for keeping user credentials secure.

### 3. Availability and Support

3.1 Vendor will use commercially reasonable efforts to make the Service available and to schedule maintenance outside Customer's business hours where practicable.

3.2 Vendor provides support by e-mail and through its support portal on business days in Santiago, and will respond to support requests as soon as reasonably practicable. Vendor does not commit to specific availability levels or response times.

### 4. Go-Live Acceptance

4.1 When onboarding is complete, Vendor shall notify Customer and demonstrate that: (a) the ERP interface transfers purchase orders, inventory and sales data daily without errors for ten consecutive days; (b) the historical data loaded reconcile with Customer's source records by quantity and value for every season loaded; (c) the forecast models for the five fruit categories produce weekly forecasts for every distribution centre; and (d) every function listed in the Documentation for the subscribed modules works as described.

4.2 Customer shall test the Service within ten business days after the notice and shall either sign the Go-Live Acceptance Certificate or list the criteria not met. Vendor shall correct the listed items and the tests shall be repeated. Use of the Service for testing does not constitute acceptance.

4.3 If the Go-Live Date does not occur within the period stated in A5 for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of 0.07% of the Total Contract Value for each day of delay, up to 8% of the Total Contract Value.

### 5. Customer Data and Data Security

5.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including benchmarking, model training for other customers or the creation of aggregated or anonymised data sets.

5.2 Vendor shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to personnel who need it to provide the Service, keep access logs for at least one hundred and eighty days and comply with the PRC Data Security Law and Personal Information Protection Law.

5.3 Vendor shall notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, shall take all necessary remedial measures and shall be liable for losses resulting from its failure to comply with this Section 5.

5.4 Within thirty days after the end of the Subscription Term Vendor shall return Customer Data in a standard format and then permanently delete it, and shall confirm the deletion in writing.

### 6. Intellectual Property

6.1 Vendor retains all rights in the Service, the Documentation and its underlying software and models.

6.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and let third parties use them, also after the Subscription Term. Vendor shall deliver them to Customer in an exportable format on request.

### 7. Confidentiality

7.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Order Form, including Customer's prices, volumes, suppliers and customers, and shall use it only for the purposes of this Order Form.

7.2 Neither party shall disclose such information to any third party without the other party's prior written consent, except to its professional advisers under a duty of confidentiality or as required by law.

7.3 This Section survives for three years after the end of the Subscription Term.

### 8. Fees and Taxes

8.1 Fees are as stated in Part A and may not be changed during the Subscription Term.

8.2 If Customer fails to pay an undisputed invoice when due, Vendor may, after 15 days' written notice, charge interest on the overdue amount at the loan prime rate then published by the National Interbank Funding Center.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business opportunity.

9.2 Vendor's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer in the six months immediately preceding the event giving rise to the claim.

9.3 Section 9.2 does not limit liability for wilful misconduct or for fraud.

### 10. Subcontracting and Assignment

10.1 Vendor shall not subcontract its obligations under this Order Form, other than to the hosting provider named in its proposal, without Customer's prior written consent.

10.2 Neither party may assign this Order Form without the other party's prior written consent.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

11.2 If Customer terminates under Section 11.1, Vendor shall refund any fees paid for the period after termination.

11.3 Sections 5, 6, 7 and 9 survive termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules in force at the time. The award is final and binding.

### 13. General

13.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it promptly notifies the other party, provides evidence of the event and takes reasonable steps to limit its effects. If such an event lasts for more than sixty days, either party may terminate this Order Form by written notice.

13.2 Notices must be in writing and sent to the project leads named in A6 with a copy to the signatories.

13.3 This Order Form is the entire agreement between the parties on its subject matter and may only be amended in writing signed by both parties.

**Signed for Vendor:** ____________________ Date: __________

**Signed for Customer:** ____________________ Date: __________
"""

H595E03 = """T:Supply Contract for Slope Monitoring Sensors and Monitoring Software Licence
P:Contract No. GZGS-WZ-2027-058
P:Buyer: Guizhou Qianlu Expressway Operation Co., Ltd., Guanshanhu District, Guiyang, Guizhou Province, People's Republic of China (the "Buyer").
P:Supplier: Andina Monitoreo Geotécnico S.A., Avenida República de El Salvador N34-127, Quito, Ecuador (the "Supplier").
P:This Contract is issued on the Buyer's standard terms for the procurement of equipment and software. The Buyer operates expressway sections through mountainous terrain and needs continuous monitoring of high cut slopes and embankments. The Supplier will supply sensors, data loggers and gateways, a perpetual licence of its monitoring software, installation and integration services on the terms below.
H:1. Definitions
P:1.1 "Equipment" means the sensors, rain gauges, data loggers, gateways, mounting hardware and cables listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's SlopeWatch monitoring platform, version 5, including its alarm engine, web console and mobile application, and the documentation.
P:1.3 "Sites" means the forty-two slope sections listed in Appendix A on the Buyer's expressways.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the whole system under clause 7.4.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Sites, install and commission the Equipment, install the Software on the Buyer's servers in its Guiyang data centre, integrate the Software with the Buyer's road network operation platform and train the Buyer's maintenance staff.
P:2.2 The Supplier shall carry out installation in accordance with the Buyer's traffic safety rules for work on operating expressways, including lane closure permits obtained by the Buyer.
P:2.3 Before installation the Supplier shall survey every Site together with the Buyer's maintenance engineers and submit a site installation plan showing sensor positions, cable routes, mounting details and the power supply arrangement. Work at a Site may begin only after the Buyer has approved its installation plan in writing.
H:3. Price Schedule
P:3.1 The total price of this Contract (the "Contract Price") is CNY 2,560,000, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|In-place inclinometer and tilt sensors|180|6,200|1,116,000
TB:2|Tipping-bucket rain gauges|24|8,500|204,000
TB:3|Solar-powered data loggers with 4G/BeiDou gateways|36|14,000|504,000
TB:4|SlopeWatch Software, perpetual licence|1|386,000|386,000
TB:Hardware and Licence Subtotal||||2,210,000
TB:5|Installation and commissioning at 42 Sites|1|236,000|236,000
TB:6|Integration with road network operation platform|1|96,000|96,000
TB:7|Training|1|18,000|18,000
TB:Contract Price||||2,560,000
P:3.2 The Contract Price is fixed and includes packing, transport, customs clearance, import duties, insurance, taxes and all costs of the Supplier's personnel.
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within thirty days after signature, against the Supplier's invoice and an advance payment guarantee issued by a bank in mainland China for the same amount.
P:4.2 The Buyer shall pay 45% of the Contract Price after all Equipment has been installed at the Sites and the Installation Certificate has been signed. The Installation Certificate confirms completeness only and is not acceptance.
P:4.3 The Buyer shall pay 35% of the Contract Price within thirty days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's warehouse in Guiyang within ninety days after signature and complete installation at all Sites within one hundred and fifty days after signature.
P:5.2 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds sixty days, the Buyer may terminate this Contract under clause 15.
H:6. Licence
P:6.1 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use the Software for monitoring the Buyer's roads and slopes, with an unlimited number of users in the Buyer's organisation and its maintenance contractors.
P:6.2 The licence fee is included in the Contract Price. No further licence fee is due for continued use.
H:7. Testing and Acceptance
P:7.1 Site tests: at each Site the Supplier shall show that every sensor reports at the configured interval, that readings agree with manual reference measurements within the tolerance in Appendix B, and that the data logger continues operating on battery for seventy-two hours without mains or solar input.
P:7.2 System tests: the Supplier shall show that alarms generated by threshold and rate rules defined in Appendix B reach the web console and the mobile application within two minutes, and that data are transferred to the Buyer's road network operation platform without loss.
P:7.3 Trial operation: after the system tests the whole system shall run for sixty days. no Site may have a gap in scheduled sensor readings longer than six hours during that period, and every Severity 1 incident must be restored within the restoration time in clause 9.
P:7.4 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria in clauses 7.1 to 7.3 are met. Delivery, installation, use or payment does not constitute acceptance.
H:8. Warranty and Post-Warranty Support
P:8.1 The warranty period is thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment at its cost, including transport and site work, and shall provide Software corrections, updates and support free of charge.
P:8.2 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 154,700 per year. This fee is fixed for the first two years after the warranty period and does not renew automatically. Each year of support requires a separate written order by the Buyer.
H:9. Service Levels
P:9.1 During the warranty period the monthly availability of the Software platform shall be at least 99.95%, excluding planned maintenance approved by the Buyer in advance.
P:9.2 Incident response times are as follows.
TB:Severity|Description|Response|Restoration
TB:Severity 1|Platform down, alarms not generated, or more than five Sites offline|30 minutes|8 hours
TB:Severity 2|One Site offline or a major function impaired|2 hours|48 hours
TB:Severity 3|Minor defects and questions|1 working day|10 working days
P:9.3 For each hour of delay in responding to or restoring a Severity 1 incident, and for each 0.01 percentage point of monthly availability below the level in clause 9.1, the Supplier shall pay the Buyer CNY 2,000, deductible from any amount due or from the performance guarantee.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Supplier.
P:10.2 The interface programs, configuration files, alarm rule sets and reports developed for the Buyer, with their source code, belong to the Buyer. The Buyer may use, modify and license them freely.
H:11. Buyer Data and Data Security
P:11.1 All monitoring data, site information and alarm records are Buyer Data and belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:11.2 Data loggers shall transmit data only to the Buyer's servers over encrypted channels. The Supplier shall have no standing remote access; each remote session requires the Buyer's approval and is logged. The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law.
P:11.3 The Supplier shall report any security incident affecting Buyer Data within six hours and shall be liable for losses caused by its breach of this clause.
H:12. Confidentiality
P:12.1 The Supplier shall keep confidential all information about the Buyer's roads, slopes, networks and systems, and shall not disclose it to any third party without the Buyer's written consent, during this Contract and for five years afterwards.
H:13. Liability
P:13.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breaches of clauses 11 and 12, which are not limited.
H:14. Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors must hold the qualifications required for work on operating expressways.
H:15. Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or in the case described in clause 5.2.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Disputes shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang.
H:17. General
P:17.1 This Contract is made in Chinese and English. Both versions have equal force.
P:17.2 Appendix A (Sites) and Appendix B (Technical Specification and Test Tolerances) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H595E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No.:** MSA-HLG-2027-03

**Customer:** Heilongjiang Beidahuang Grain & Oilseed Trading Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China ("Customer")

**Service Provider:** Pampa Servicios Tecnológicos S.R.L., Avenida Corrientes 1302, Buenos Aires, Argentina ("Provider")

**Background.** Customer imports soybeans and other oilseeds and runs its trading, logistics and finance operations on an SAP S/4HANA system and related applications. Customer wishes to outsource the application management and service desk for these systems to Provider for a fixed term of 36 months. Provider has delivered such services to commodity traders in South America and Asia.

## Section 1. Definitions

1.1 "Services" means the transition services and the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.

1.3 "Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer, its affiliates, customers and suppliers that Provider or its personnel access, receive or process in performing the Services.

1.5 "Incident" means an unplanned interruption or degradation of an application in scope. Priorities are defined in Schedule 2.

## Section 2. Services

2.1 Provider shall perform the Services described in Schedule 1 with the skill and care of an experienced provider of application management services and in accordance with Customer's reasonable policies notified to Provider.

2.2 Provider shall provide a bilingual service desk in Chinese and English and shall assign a service delivery manager located in China as the single point of contact for Customer.

2.3 Provider shall maintain the runbooks, configuration records and knowledge articles for the applications in scope and make them available to Customer at any time.

2.4 Provider shall follow Customer's change management process. No change may be moved to the production system without approval by Customer's change advisory board, except emergency changes needed to restore a Priority 1 Incident, which shall be documented and approved retrospectively within two business days.

2.5 Customer shall give Provider's personnel the system access, working space and information they reasonably need to perform the Services.

## Section 3. Term

3.1 This Agreement begins on signature and continues until the end of the Term.

3.2 The Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, with fees to be agreed.

## Section 4. Transition

4.1 Provider shall complete the transition described in Schedule 1, Part A within ninety days after signature.

4.2 Transition is complete when: (a) Provider's team has taken over all open tickets; (b) Provider has documented every application in scope in runbooks reviewed by Customer; (c) Provider has operated the service desk in parallel with Customer's current provider for thirty days and met the response times in Schedule 2 for all Incidents during that period; and (d) knowledge transfer sessions have been completed and signed off by Customer's application owners.

4.3 Customer shall sign the Transition Acceptance Certificate within ten business days after Provider shows that the criteria in Section 4.2 are met, or shall state in writing which criteria are not met.

4.4 If the Service Commencement Date is delayed beyond the period in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay, up to CNY 120,000.

## Section 5. Service Levels

5.1 Provider shall meet the response and resolution times in Schedule 2.

5.2 Provider shall report its performance against Schedule 2 monthly. Where a service level is missed, the service credits in Schedule 2 apply. Service credits are deducted from the next invoice and are not the exclusive remedy for persistent failures.

5.3 If Provider misses the Priority 1 resolution time three or more times in any three consecutive months, this is a material breach.

## Section 6. Charges and Payment

6.1 The charges are set out in Schedule 3. They are fixed for the Term and include all travel and expenses.

6.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. No advance payment is due.

6.3 Customer shall pay undisputed invoices within thirty days of receipt.

## Section 7. Customer Data

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only as necessary to perform the Services and for no other purpose.

7.2 On expiry or termination, Provider shall return all Customer Data in its possession to Customer.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information, including Customer's trading positions, contracts, prices and counterparties, and shall not disclose it to any third party without the other party's prior written consent.

8.2 Each party may disclose confidential information to its employees and professional advisers who need to know it and are bound by equivalent obligations.

8.3 This Section survives for five years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 Provider retains its pre-existing tools, methods and know-how.

9.2 Runbooks, scripts, custom reports, interface programs and other deliverables created for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely.

## Section 10. Personnel

10.1 Provider shall assign qualified personnel and keep key personnel named in Schedule 1 for at least the first six months after the Service Commencement Date, unless Customer agrees otherwise.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any approved subcontractor.

## Section 11. Liability

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Provider's total aggregate liability arising under or in connection with this Agreement is limited to the charges paid by Customer in the six months immediately preceding the event giving rise to the claim.

11.3 The limit in Section 11.2 does not apply to personal injury or wilful misconduct.

## Section 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within thirty days after written notice.

12.2 Either party may terminate this Agreement if the other party becomes insolvent.

12.3 On expiry or termination Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3, including handover to Customer or a successor provider.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitration shall be conducted in English and Chinese.

## Section 14. General

14.1 This Agreement, including Schedules 1 to 3, is the entire agreement of the parties on its subject matter.

14.2 Amendments must be in writing and signed by authorised representatives of both parties.

## Schedule 1 - Services

| Part | Service | Description |
|---|---|---|
| A | Transition | Knowledge transfer from the current provider, runbook creation, ticket takeover, thirty days of parallel operation |
| B | Service desk | Bilingual service desk in Chinese and English, available at all times for Priority 1 and 2, business hours for other tickets |
| B | Application management | Incident and problem management, minor enhancements up to 120 hours per month, transports and release management for S/4HANA finance, trading, logistics and warehouse modules |
| B | Interface support | Monitoring of interfaces to the port terminal system, the bank connectivity platform and the customs declaration system |
| B | Batch and job monitoring | Monitoring of nightly and month-end jobs, restart and escalation |
| B | Reporting | Monthly service report, quarterly service review with Customer's IT director |
| C | Key personnel | Service delivery manager, lead finance consultant, lead logistics consultant |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response time | Resolution time | Service credit for each missed ticket |
|---|---|---|---|---|
| Priority 1 | Production system down or trading, shipment or payment processes stopped | 15 minutes | 6 hours | 2% of the monthly service charge |
| Priority 2 | Major function impaired, workaround difficult | 1 hour | 1 business day | 1% of the monthly service charge |
| Priority 3 | Minor function impaired, workaround available | 8 business hours | 5 business days | none |
| Priority 4 | Question or request | 2 business days | as agreed | none |

Total service credits in any month are limited to 20% of that month's service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, fixed | 128,000 |
| Monthly service charge | CNY 64,000 x 36 months | 2,304,000 |
| Total contract value | | 2,432,000 |
| Additional enhancement hours | per hour above 120 hours per month | 520 |
| Exit assistance | per person-day | 3,600 |

**Signed for Customer:** ____________________ Date: __________

**Signed for Provider:** ____________________ Date: __________
"""

H595E05 = """MARKET DATA AND API SUBSCRIPTION AGREEMENT

Agreement No.: RPD-CN-2027-022

Provider: Rioplata Datos Agropecuarios S.A., Plaza Independencia 831, Montevideo, Uruguay ("Provider").

Customer: Qingdao Haitian Meat Import Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer").

Customer imports frozen beef and mutton from South America and Oceania. Provider publishes livestock, slaughter, export and price data for the Southern Cone markets and delivers it through a web portal and an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the market data, price series, slaughter and export statistics, forecasts and reports that Provider makes available through the Service.

1.2 "Service" means the Provider's web portal, the API and the custom data feeds described in clause 2.

1.3 "Subscription Year" means each of the two consecutive periods described in clause 3.1.

1.4 "Customer Data" means all data that Customer or its users submit to the Service, including purchase volumes, contract prices, supplier lists, portfolio settings and user details, and all results generated from such data for Customer.

1.5 "Custom Feeds" means the data feeds, mappings and dashboards that Provider builds specifically for Customer under clause 2.3.

2. SERVICE

2.1 Provider shall give Customer access to the Beef and Sheep Markets data package through the web portal for up to forty named users and through the API at up to two hundred thousand calls per day.

2.2 The Data covers Uruguay, Argentina, Brazil, Paraguay and Chile, with daily prices, weekly slaughter figures, monthly export statistics by destination and quarterly forecasts.

2.3 Provider shall build Custom Feeds that deliver the Data into Customer's purchasing system and its business intelligence platform, in Chinese and English field names, converted into CNY at the daily reference rate published by the People's Bank of China.

2.4 Provider shall provide Customer with online training for up to forty users at the start of the first Subscription Year and a refresher session at the start of the second Subscription Year, in Chinese or English as Customer requests.

2.5 Customer may use the Data internally for its purchasing, pricing and risk management and may include extracts in internal reports. Customer shall not resell the Data or publish it outside its group.

3. TERM

3.1 The first Subscription Year starts on the Integration Acceptance Date under clause 5 and ends on the day before its first anniversary. The second Subscription Year follows immediately and ends on the day before the second anniversary of the Integration Acceptance Date.

3.2 This Agreement ends at the end of the second Subscription Year. It does not renew automatically. A further subscription requires a new written agreement.

4. FEES AND PAYMENT

4.1 The fees are:
(a) Subscription fee for the first Subscription Year: CNY 486,000.
(b) Subscription fee for the second Subscription Year: CNY 510,000.
(c) Integration and Custom Feeds set-up fee (one-time): CNY 42,000.
Total contract value: CNY 1,038,000.

4.2 The fees are fixed and include all taxes, API usage within the limits in clause 2.1 and all updates of the Data package.

4.3 The set-up fee is invoiced after the Integration Acceptance Date. The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments, each at the beginning of the quarter.

4.4 Customer shall pay each correct invoice within thirty days after receipt. No payment is due before the Integration Acceptance Date.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall deliver the Custom Feeds and complete integration within sixty days after signature.

5.2 Integration acceptance requires that (a) the Custom Feeds deliver every data series in the package for ten consecutive business days without a missing or late daily update; (b) the values delivered match the values shown in the web portal for a sample of at least five hundred data points selected by Customer; (c) currency conversion matches the published reference rate; and (d) the median API response time measured during the test period is below one second.

5.3 Customer shall confirm Integration Acceptance in writing within five business days after Provider shows that the criteria in clause 5.2 are met (the "Integration Acceptance Date"). Access to the web portal before that date is for testing only and is not acceptance.

5.4 If Integration Acceptance is delayed beyond the period in clause 5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, up to CNY 60,000.

6. SERVICE LEVELS

6.1 Provider shall ensure that the API and the web portal are available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and performed outside Customer's business hours in China.

6.2 Incident response times: Priority 1 (API or portal unavailable, or daily prices not updated): one hour; Priority 2 (a data series or a Custom Feed missing or wrong): three hours; Priority 3 (other issues): one business day.

6.3 If availability in a month falls below the level in clause 6.1, Customer receives a credit of 5% of the monthly equivalent of the subscription fee for every 0.1 percentage point or part of it below that level. If Provider misses a Priority 1 response time, Customer receives a further credit of CNY 1,000 per incident. Credits are deducted from the next invoice.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including statistics, benchmarks, or aggregated or anonymised data products.

7.2 Provider shall host the Service for Customer in a data centre in mainland China, encrypt Customer Data in transit and at rest, restrict access to named personnel, keep access logs for one hundred and eighty days and comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all necessary remedial steps and shall be liable for losses resulting from its breach of this clause 7.

7.4 At the end of this Agreement Provider shall return Customer Data in a standard format and delete all copies within thirty days.

8. INTELLECTUAL PROPERTY

8.1 The Data and the Service, including their compilation and software, remain the property of Provider and its sources.

8.2 The Custom Feeds, field mappings and dashboards built for Customer belong to Customer. Customer may use, modify and let third parties maintain them, also after this Agreement ends. The Data flowing through them remains subject to clause 2.5.

9. DATA QUALITY

9.1 Provider shall compile the Data with due care from official sources and its own surveys and shall correct any error within one business day after it is reported.

9.2 Provider shall publish a methodology note for each data series, showing its sources, collection method, revision policy and publication schedule, and shall inform Customer at least thirty days in advance of any change to a series that affects comparability with past values.

9.3 If an official source stops publishing a series, Provider shall offer a comparable replacement series or reduce the subscription fee for the remaining term in proportion to the value of the discontinued series, as the parties agree in writing.

9.4 Provider does not guarantee market outcomes, and forecasts are estimates.

10. SUBCONTRACTORS AND DATA PARTNERS

10.1 Provider may engage subcontractors, hosting providers and data partners to perform any part of the Service without Customer's consent. Provider remains responsible for their performance.

11. LIABILITY

11.1 Neither party is liable for indirect loss or loss of profit.

11.2 Provider's total liability under this Agreement shall not exceed 150% of the total contract value, except for liability under clause 7 and for wilful misconduct, which is not limited.

12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after written notice.

12.2 Either party may terminate if the other becomes insolvent.

12.3 If Customer terminates under clause 12.1, Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitration shall be conducted in English.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above.

14.2 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

14.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it promptly notifies the other party and takes reasonable steps to limit the effects. If such an event lasts more than sixty days, either party may terminate by written notice.

14.4 This Agreement is made in English in two originals.

Signed for Provider: ____________________  Date: __________

Signed for Customer: ____________________  Date: __________
"""

# ----------------------------------------------------------------------------------------------------------------
# Files: key -> (file name, format)
FILES = {
    "h595z01": ("h595z01_farmland_monitoring_platform_licence.pdf", "pdf", H595Z01),
    "h595z02": ("h595z02_textile_dyeing_machine_control_retrofit.docx", "docx", H595Z02),
    "h595z03": ("h595z03_driving_school_booking_saas.txt", "txt", H595Z03),
    "h595z04": ("h595z04_hospital_his_annual_om_service.txt", "txt", H595Z04),
    "h595z05": ("h595z05_bean_paste_fermentation_monitoring_supplier_template.md", "md", H595Z05),
    "h595e01": ("h595e01_mine_planning_perpetual_licence_lima_vendor.pdf", "pdf", H595E01),
    "h595e02": ("h595e02_fruit_forecast_saas_order_form_santiago_vendor.md", "md", H595E02),
    "h595e03": ("h595e03_slope_sensors_monitoring_licence_quito_vendor.docx", "docx", H595E03),
    "h595e04": ("h595e04_sap_managed_services_buenos_aires_vendor.md", "md", H595E04),
    "h595e05": ("h595e05_livestock_market_data_api_montevideo_vendor.txt", "txt", H595E05),
}

G, S = "goods_or_licence", "service"
# label: (language, category, terms..., extra...)
LABELS = {
    "h595z01": dict(language="zh", category="software", availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True,
                    ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                    ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True,
                    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
                    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                    governing_law="PRC", contract_kind=G, sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False, contract_value=2130000),
    "h595z02": dict(language="zh", category="hardware", availability_pct=None, p1_response_hours=1, sla_remedy=True,
                    ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                    ld_rate_per_day_pct=0.08, liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True,
                    final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
                    governing_law="PRC", contract_kind=G, sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False, contract_value=1740000),
    "h595z03": dict(language="zh", category="cloud", availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True,
                    ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                    ld_rate_per_day_pct=0.08, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                    final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                    auto_renewal_price_increase=True, termination_for_breach=True, subcontract_without_consent=False,
                    governing_law="PRC", contract_kind=S, sla_clause=True, ld_stated=True,
                    acceptance_deemed_on_delivery=False, contract_value=1108000),
    "h595z04": dict(language="zh", category="services", availability_pct=99.95, p1_response_hours=0.25, sla_remedy=False,
                    ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                    ld_rate_per_day_pct=None, liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                    final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                    auto_renewal_price_increase=False, termination_for_breach=False, subcontract_without_consent=False,
                    governing_law="PRC", contract_kind=S, sla_clause=True, ld_stated=False,
                    acceptance_deemed_on_delivery=False, contract_value=876000),
    "h595z05": dict(language="zh", category="software", availability_pct=None, p1_response_hours=8, sla_remedy=False,
                    ip_owner="supplier", data_security_clause=True, buyer_owns_data=False, confidentiality=True,
                    ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
                    final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=10,
                    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None,
                    governing_law=None, contract_kind=G, sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=True, contract_value=1120000),
    "h595e01": dict(language="en", category="software", availability_pct=None, p1_response_hours=1, sla_remedy=True,
                    ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                    ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10, acceptance_clause=True,
                    final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=12,
                    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                    governing_law="Peru", contract_kind=G, sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False, contract_value=1920000),
    "h595e02": dict(language="en", category="cloud", availability_pct=None, p1_response_hours=None, sla_remedy=False,
                    ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                    ld_rate_per_day_pct=0.07, liability_cap_pct=6 / 24 * 100, prepayment_pct=None, acceptance_clause=True,
                    final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                    governing_law="PRC", contract_kind=S, sla_clause=False, ld_stated=True,
                    acceptance_deemed_on_delivery=False, contract_value=1024000),
    "h595e03": dict(language="en", category="hardware", availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True,
                    ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                    ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20, acceptance_clause=True,
                    final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                    auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                    governing_law="PRC", contract_kind=G, sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                    acceptance_deemed_on_delivery=False, contract_value=2560000),
    "h595e04": dict(language="en", category="services", availability_pct=None, p1_response_hours=0.25, sla_remedy=True,
                    ip_owner="buyer", data_security_clause=False, buyer_owns_data=True, confidentiality=True,
                    ld_rate_per_day_pct=1800 / 2432000 * 100, liability_cap_pct=6 / 36 * 100, prepayment_pct=None,
                    acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                    post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                    subcontract_without_consent=False, governing_law="PRC", contract_kind=S, sla_clause=True,
                    ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2432000),
    "h595e05": dict(language="en", category="cloud", availability_pct=99.95, p1_response_hours=1, sla_remedy=True,
                    ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=False,
                    ld_rate_per_day_pct=900 / 1038000 * 100, liability_cap_pct=150, prepayment_pct=None,
                    acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                    post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                    subcontract_without_consent=True, governing_law="PRC", contract_kind=S, sla_clause=True,
                    ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1038000),
}

# Design facts not carried by the labels: forum outside mainland China, TCO fee base (itemised licence/hardware subtotal),
# and the price / payment sums the text states.
FORUM_OUTSIDE = {"h595e01"}
TCO_BASE = {"h595z01": 1180000, "h595z02": 1523200, "h595z05": 560000, "h595e01": 1360000, "h595e03": 2210000}
SUMS = {
    "h595z01": ([1180000, 760000, 148000, 42000], [20, 45, 35]),
    "h595z02": ([924000, 235200, 268000, 96000, 118800, 86000, 12000], [20, 35, 45]),
    "h595z03": ([960000, 148000], None),
    "h595z04": ([219000] * 4, None),
    "h595z05": ([560000, 430000, 96000, 34000], [50, 50]),
    "h595e01": ([1360000, 420000, 96000, 44000], [10, 55, 35]),
    "h595e02": ([38500 * 24, 86000, 14000], None),
    "h595e03": ([1116000, 204000, 504000, 386000, 236000, 96000, 18000], [20, 45, 35]),
    "h595e04": ([128000, 64000 * 36], None),
    "h595e05": ([486000, 510000, 42000], None),
}
DESIGN = {
    "h595z01": [],
    "h595z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h595z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h595z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h595z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h595e01": ["CR-GOVERNING-LAW"],
    "h595e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h595e03": [],
    "h595e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h595e05": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def tco_share(key, t):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence/hardware subtotal. Returns the post-warranty share of TCO in %, or None when not computable."""
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    return fees / (t["contract_value"] + fees) * 100


def derive(key, t):
    """My reading of policy §3 applied to the label."""
    r = set()
    goods = t["contract_kind"] == G
    if not t["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if t["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not t["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not t["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label_json(key):
    t = LABELS[key]
    name = FILES[key][0]
    terms = {k: t[k] for k in TERM_KEYS}
    extra = {"sla_clause": t["sla_clause"], "ld_stated": t["ld_stated"]}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = t["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = t["acceptance_deemed_on_delivery"]
    extra["contract_value"] = t["contract_value"]
    d = {"file": name, "language": t["language"], "category": t["category"], "expected_terms": terms,
         "expected_extra": extra, "expected_rules": derive(key, t)}
    return json.dumps(d, indent=1, ensure_ascii=False)


# ---------------------------------------------------------------- threshold scan
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])(30|40|15|100)(\.0+)?\s*(%|％|percent|per\s*cent)",
    r"(?<![\w-])(thirty|forty|fifteen|one\s*hundred)\s*(%|percent|per\s*cent)",
    r"百分之(三十|四十|十五|一百|百)(?![一二三四五六七八九零点])",
    r"(?<![\d.])0\.05(?!\d)",
    r"万分之五(?![十])|千分之零点五|0\.5\s*‰",
    r"(?<![\d.])4\s*(hours?|hrs?\b|h\b|小时|个小时)",
    r"(?<![\w-])four\s*(-\s*)?hours?",
    r"(?<![一二三四五六七八九十零两])四\s*个?小时",
    r"(?<![\d.])12\s*(-\s*)?(months?|个月)",
    r"(?<![\w-])twelve\s*(-\s*)?months?",
    r"(?<![一二三四五六七八九十零两])十二个月",
    r"(?<![第每同])一年(?!度)",
    r"(?<![\w-])(one|1)\s*-?\s*years?\b(?!\s*loan)",
]
MUST_HIT = ["99.9%", "30%", "40 %", "15 percent", "100%", "百分之三十", "百分之十五", "0.05%", "万分之五",
            "4小时", "4 hours", "four hours", "四小时", "12个月", "12 months", "twelve months", "十二个月",
            "质保期一年", "a one-year warranty", "thirty percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "twenty-four hours", "2027年12月31日", "130%", "45%", "0.5%",
             "十四小时", "二十四小时", "35%", "1.5%", "万分之八", "150%", "第一年", "36 months", "18 months",
             "0.08%", "115%", "百分之三十五"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for p in THRESHOLD_PATTERNS:
            for m in re.finditer(p, variant, re.I):
                hits.append((p, variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_values():
    for key, t in LABELS.items():
        bad = [(k, v) for k, v in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                                   ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                                   ("post_warranty_fee_pct", 15)] if t[k] is not None and abs(t[k] - v) < 1e-9]
        assert not bad, (key, bad)
        share = tco_share(key, t)
        assert share is None or abs(share - 40) > 2, (key, share)
        items, split = SUMS[key]
        assert sum(items) == t["contract_value"], (key, sum(items))
        if split:
            assert sum(split) == 100 and not set(split) & {30, 40, 15, 100}, (key, split)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))
    check_values()
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered = set()
    problems = []
    for key, (name, fmt, src) in FILES.items():
        t = LABELS[key]
        rules = derive(key, t)
        covered |= set(rules)
        if rules != sorted(DESIGN[key]):
            problems.append((key, "rules", rules, DESIGN[key]))
        (OUT / (Path(name).stem + ".json")).write_text(label_json(key), encoding="utf-8")
        text = read_back(OUT / name)
        if t["language"] == "zh":
            n_raw, n_nows = len(text), len(re.sub(r"\s+", "", text))
            ok = 2750 <= n_raw <= 3000
            print(f"{name}: {n_raw} chars raw, {n_nows} non-whitespace, risk {risk(rules)}, {rules}")
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print(f"{name}: {n} words, risk {risk(rules)}, {rules}")
        if not ok:
            problems.append((key, "length"))
        hits = threshold_hits(text)
        if hits:
            problems.append((key, "threshold", hits[:5]))
        share = tco_share(key, t)
        if share is not None:
            print(f"   TCO share {share:.2f} %")
    if set(ALL_RULES) - covered:
        problems.append(("coverage", sorted(set(ALL_RULES) - covered)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
