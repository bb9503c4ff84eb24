"""holdout561: builds the ten held-out drafts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the
labels, reads every built file back, measures its length, scans it for threshold figures and checks the rule mix.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:云溪市智慧旅游平台建设项目合同
P:合同编号：YXWL-2026-ZC-017　　采购方式：公开招标（政府采购）　　项目编号：YXCG-2026-0311
P:甲方（采购人）：云溪市文化和旅游局　　地址：云溪市滨江路 88 号
P:乙方（供应商）：杭州景行数智科技有限公司　　地址：杭州市西湖区文三路 259 号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供智慧旅游平台软件（含景区票务与预约、游客服务、文旅行业监管三个子系统）的永久使用许可，并完成定制开发、部署实施、数据对接和培训。
P:1.2 定制开发内容：游客服务小程序（预约、导览、投诉建议）；全市 38 家 A 级景区客流监测；文旅大数据驾驶舱；与省级智慧文旅平台及公安、交通部门的数据接口。
P:1.3 平台部署于云溪市政务云，云资源由甲方提供，乙方负责平台软件的安装、配置和调优，并配合甲方完成等级保护测评和商用密码应用安全性评估。
H:第二条 合同价格
P:2.1 合同总价为人民币 2,210,000 元（大写：贰佰贰拾壹万元整），含税，明细如下：
P:（1）平台软件永久许可：1,280,000 元；
P:（2）定制开发：736,000 元；
P:（3）部署实施及数据对接：168,000 元；
P:（4）培训：26,000 元。
P:2.2 合同总价为固定价格，已包括乙方履行本合同所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后 15 个工作日内，甲方支付合同总价的 20%，即 442,000 元。
P:3.2 平台上线并通过初步验收后 15 个工作日内，甲方支付合同总价的 45%，即 994,500 元。
P:3.3 最终验收合格后 15 个工作日内，甲方支付合同总价的 35%，即 773,500 元。
P:3.4 乙方每次收款前应开具合法有效的发票。本项目使用财政资金，付款按国库集中支付程序办理。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后 120 日内完成部署上线，并在上线后 90 日内具备最终验收条件。
P:4.2 乙方应每两周向甲方提交进度报告；需求变更须经甲方书面确认，且不增加合同价款。
P:4.3 乙方应组织不少于 6 场操作培训，覆盖甲方及各景区管理人员，培训教材和视频归甲方使用。
P:4.4 乙方应组建不少于 12 人的项目团队，其中项目经理、架构师和驻场工程师应与投标文件一致，更换须经甲方书面同意，且替换人员资历不低于原人员。
P:4.5 乙方应编制项目实施方案、测试方案和上线方案，经甲方确认后执行，并在各阶段结束时提交阶段报告。
P:4.6 甲方负责提供政务云资源、办公场地和景区协调，并及时确认需求文档；因甲方原因造成的延误，工期相应顺延。
H:第五条 验收
P:5.1 初步验收在平台上线后进行，标准为：招标文件所列功能全部实现；与省级平台等 6 个接口联调通过；3,000 并发用户下预约页面响应时间不超过 2 秒；第三方安全测评无高危漏洞。
P:5.2 最终验收在试运行 60 日后进行，标准为：试运行期间无一级故障；客流监测数据与景区闸机统计数据偏差不超过 3%；用户手册、源代码和接口文档完整移交。
P:5.3 验收由甲方组织，可邀请专家参加，结论以书面验收报告为准。平台上线、试运行或甲方实际使用均不视为验收合格。
H:第六条 服务水平
P:6.1 平台月度可用率不低于 99.95%。计划内维护应提前 3 日通知甲方，并安排在夜间进行。
P:6.2 故障分三级。一级故障（平台整体不可用或预约、购票功能中断）：乙方 30 分钟内响应，2 小时内到场，8 小时内恢复；二级故障：2 小时内响应，24 小时内解决；三级故障：1 个工作日内响应。
P:6.3 乙方未达到上述标准的，一级故障每超时 1 小时扣减 1,000 元；月度可用率每低于承诺值 0.01 个百分点，扣减 1,500 元，从应付款或运维费中抵扣。
H:第七条 质量保证与运维
P:7.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级和驻场技术支持。
P:7.2 质保期满后，如甲方需要，乙方提供运维服务，年度运维费不超过平台软件许可费的 9%，即每服务年度不超过 115,200 元，且在质保期满后的三个服务年度内不得上调。运维服务另行签订合同，不自动续期。
H:第八条 知识产权
P:8.1 平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的小程序、驾驶舱、接口程序及其源代码、文档，知识产权归甲方所有，甲方可自行使用、修改或许可他人使用。
P:8.3 乙方保证交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台采集、存储的游客信息、预约记录、客流数据等全部数据归甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储和操作审计；运维人员经甲方审批后通过堡垒机访问，不得将数据复制至政务云以外。
P:9.3 发生数据泄露或其他安全事件的，乙方应在 2 小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密和未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期上线或逾期具备最终验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应在甲方指定期限内整改；整改后仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付利息。
H:第十二条 分包
P:12.1 乙方不得转包或分包本合同的任何部分。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后 15 日内仍未纠正的，甲方有权书面通知解除合同，乙方应返还已收款项并赔偿损失。
P:13.2 乙方逾期超过 60 日的，甲方有权解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力与通知
P:15.1 因不可抗力不能履行合同的，受影响一方应在 3 日内通知对方并提供证明，双方协商延期或部分免除责任。
P:15.2 本合同项下的通知以书面形式送达双方在本合同首部所列地址，一方地址变更应及时书面告知对方。
H:第十六条 其他
P:16.0 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的财物或其他利益；违反的，甲方有权解除合同。
P:16.1 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:16.2 招标文件、投标文件、中标通知书及双方书面确认的需求说明为本合同组成部分。
P:16.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：云溪市文化和旅游局　　授权代表：
P:乙方（盖章）：杭州景行数智科技有限公司　　授权代表：
P:签订日期：2026年　月　日
"""

Z02 = """T:密炼机控制系统改造及维保合同
P:合同编号：HL-SB-2026-042
P:甲方：东营华轮橡胶有限公司
P:乙方：青岛启控自动化工程有限公司
P:鉴于甲方拟对炼胶车间 4 台 GK270 密炼机的电气控制及配料称量系统进行改造，乙方具备相应的设计、供货和施工能力，双方经协商一致，订立本合同。
H:一、改造范围
P:（一）4 台密炼机的 PLC 控制柜、触摸屏和温度、压力、位置传感器更换，保留原有主电机、液压站和上顶栓机构。
P:（二）炭黑、油料自动称量配料系统 2 套。
P:（三）上位机监控及配方管理软件 1 套（永久许可），并与甲方 MES 系统对接。
P:（四）工业网络、安装调试、停机改造施工和操作维护培训。
H:二、合同价格
P:（一）合同总价为人民币 1,838,000 元（含增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|密炼机 PLC 控制柜（含触摸屏、传感器）|4 套|186,000|744,000
TB:2|炭黑、油料自动称量配料系统|2 套|238,000|476,000
TB:3|上位机监控及配方管理软件许可|1 套|312,000|312,000
TB:4|工业交换机及网络材料|1 批|58,000|58,000
TB: |软硬件小计| | |1,590,000
TB:5|安装调试及停机改造施工|1 项|146,000|146,000
TB:6|MES 接口开发|1 项|84,000|84,000
TB:7|操作及维护培训|1 项|18,000|18,000
TB: |合计| | |1,838,000
P:（二）主要设备品牌、型号和技术参数以技术协议为准，乙方不得擅自更换；确需更换的，须经甲方书面同意，且性能不低于原型号。
P:（三）上述价格包括设备、软件、运输、保险、安装、调试、培训及质保期内服务等全部费用。
H:三、付款方式
P:（一）合同生效后 10 日内，甲方支付合同总价的 10% 作为预付款，即 183,800 元。
P:（二）设备全部到货、安装调试完成并经甲方签收后 15 日内，支付合同总价的 55%，即 1,010,900 元。到货签收和安装完成不视为验收。
P:（三）最终验收合格后 15 日内，支付合同总价的 35%，即 643,300 元。
P:（四）乙方收款前应开具增值税专用发票。甲方付款前，乙方应提交对应阶段的签收单或验收报告。
H:四、工期
P:（一）乙方应在合同生效后 75 日内完成全部设备到货，并在甲方安排的停机窗口内逐台完成改造，每台密炼机停机改造时间不超过 7 日。
P:（二）乙方应提前 10 日提交停机改造方案，经甲方生产部门确认后实施。方案应包括施工步骤、人员安排、旧柜拆除、原有信号点位核对和回退措施。
P:（三）改造施工期间，乙方应遵守甲方安全生产、动火作业和有限空间作业管理规定，施工人员进入车间前须接受甲方安全培训。因乙方原因造成人身伤害或设备损坏的，由乙方承担责任。
P:（四）甲方负责提供停机窗口、施工用电和设备原始图纸，并指派工艺人员配合调试。
P:（五）乙方应派驻项目经理一名及电气、软件工程师各不少于两名，改造期间驻厂工作，人员更换须经甲方同意。
P:（六）每台密炼机改造完成后，乙方应更新电气图纸、I/O 点表和 PLC 程序备份，并与甲方设备人员共同确认。
H:五、验收
P:（一）每台密炼机改造完成后先进行单机调试，合格后进入连续试生产。
P:（二）最终验收标准：4 台密炼机连续混炼运行 72 小时无控制系统故障；炭黑称量精度 ±0.2%，油料称量精度 ±0.3%；单批次混炼周期不长于改造前；连续 500 批次配方下发及生产数据上传 MES 无差错；图纸、程序备份和操作手册完整移交。
P:（三）验收由甲方设备部组织，生产部、工艺部参加，出具书面验收报告。试生产和甲方使用不视为验收合格。
P:（四）乙方应在验收前提交调试记录、称量标定记录、I/O 点表、电气图纸、PLC 及上位机程序备份、操作和维护手册。
P:（五）验收不合格的，乙方应在 15 日内整改并重新申请验收，由此产生的费用由乙方承担。
H:六、质量保证与维保
P:（一）质保期为最终验收合格之日起二十四个月。质保期内非甲方原因造成的故障，乙方免费维修或更换。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的 7.5%，即每服务年度 119,250 元，质保期满后三个服务年度内不调价。维保合同按服务年度书面签订，不自动续期。
H:七、服务响应
P:（一）一级故障（任一密炼机因控制系统原因停机）：乙方 30 分钟内电话响应，3 小时内工程师到场，8 小时内恢复生产。
P:（二）二级故障（称量、监控等功能异常，不影响生产）：2 小时内响应，24 小时内到场处理。
P:（三）乙方未按时响应或到场的，每超时 1 小时向甲方支付 800 元，从维保费或质保金中扣除。
P:（四）乙方应在甲方现场存放常用备件（PLC 模块、称重传感器、触摸屏各 2 件），备件清单作为附件，质保期内由乙方负责补充。
P:（五）乙方每季度上门巡检一次，检查控制柜、接线和称量系统标定情况，并提交巡检报告。
H:八、知识产权
P:（一）上位机软件产品的知识产权归乙方，乙方授予甲方永久使用许可。
P:（二）为本项目编写的 PLC 程序、配方管理定制功能、MES 接口程序及其源代码归甲方所有，甲方可自由使用和修改。
H:九、数据安全与保密
P:（一）配方、工艺参数和生产数据归甲方所有，乙方仅为履行本合同使用。
P:（二）乙方远程维护须经甲方批准，并通过甲方提供的 VPN 进行，操作全程记录，不得拷贝配方数据；发现数据泄露应在 2 小时内通知甲方。因乙方原因造成数据泄露或被篡改的，乙方赔偿甲方全部损失。
P:（三）双方对合作中知悉的对方商业秘密负有保密义务，保密期限至合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之二向乙方支付违约金。
H:十一、分包
P:（一）乙方可将电气安装、桥架及布线施工分包给具备相应资质的单位，分包前书面通知甲方即可，乙方对分包部分承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，且在甲方书面通知后 10 日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十三、法律适用与争议
P:（一）本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。
H:十四、其他
P:（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明。
P:（二）廉洁条款：乙方不得向甲方采购、设备、生产等部门人员提供回扣、礼金或其他不正当利益；违反的，甲方有权解除合同并追究责任。
P:（三）变更：任何对本合同的修改须经双方书面确认。技术协议与本合同不一致的，以本合同为准。
P:（四）通知：双方的联系人、电话和地址以本合同首部及技术协议所列为准，变更应书面通知对方。
P:（五）附件：技术协议、设备清单、停机改造方案、备件清单，均为本合同组成部分。
P:（六）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：东营华轮橡胶有限公司　　代表：
P:乙方（盖章）：青岛启控自动化工程有限公司　　代表：
P:日期：2026年　月　日
"""

Z03 = """明眸眼科连锁诊所检查及会员管理 SaaS 服务合同

合同编号：MM-IT-2026-009
甲方：成都明眸眼科医疗管理有限公司（代表其下属 22 家连锁眼科诊所）
乙方：上海瞳联云医疗科技有限公司

甲方下属 22 家眼科诊所需要统一的检查管理、视光档案和会员服务系统。乙方以 SaaS 方式提供"瞳联云"诊所管理平台。双方经协商，订立本合同。

1. 服务内容
1.1 乙方为甲方 22 家诊所开通瞳联云平台的检查管理、视光档案、会员积分与复诊提醒模块，每家诊所不限用户数。
1.2 乙方负责实施，包括：实施方案编制；历史会员及检查数据迁移；诊所基础信息和价目表配置；与电脑验光仪、OCT、眼压计等 9 类设备的数据接口；甲方定制的经营报表；上线培训。
1.3 平台功能包括：预约挂号与分诊；验光、眼压、眼底照相、OCT 等检查记录与报告；角膜塑形镜及框架镜配适档案；会员等级、积分、储值卡和复诊提醒；各诊所经营日报及集团汇总报表。
1.4 数据迁移范围包括各诊所现有系统中的会员档案约 46 万条、检查记录约 120 万条及储值余额，迁移前后由双方共同核对汇总数据。
1.5 乙方应为每家诊所提供上线当日现场支持，并在上线后首个月内每周召开一次问题协调会。
1.6 乙方提供 7×24 小时服务热线和在线工单系统，并为甲方指定一名客户成功经理，每季度回访一次并提交服务报告。
1.7 服务期限为三个服务年度，自 2026年7月1日起至 2029年6月30日止。

2. 费用
2.1 订阅费：每家诊所每服务年度 28,800 元，22 家合计每服务年度 633,600 元，三个服务年度合计 1,900,800 元。
2.2 实施费（一次性）：186,000 元；培训费（一次性）：14,000 元。
2.3 合同总价为 2,100,800 元（含税）。
2.4 上述费用包括平台使用、云资源、数据备份、短信提醒（每家诊所每月 3,000 条以内）、版本升级和技术支持。超出部分的短信按每条 0.045 元另计，不计入合同总价。
2.5 服务期内新增诊所按每家每服务年度 28,800 元按月折算。

3. 付款
3.1 订阅费按季度结算，每季度结束后 15 日内，乙方开具发票，甲方支付该季度订阅费 158,400 元。
3.2 实施费和培训费在上线验收合格后 15 日内一次性支付。
3.3 本合同不设预付款。
3.4 甲方对季度账单有异议的，应在收到后 10 日内提出，双方核对后按无异议部分先行支付。

4. 实施与上线验收
4.1 乙方应在服务期开始前完成实施，22 家诊所于 2026年7月1日前全部上线。
4.2 上线验收标准：历史数据迁移后抽查 500 条档案无差错；9 类设备接口全部联调通过；门诊高峰 200 个并发用户时页面响应不超过 2 秒；定制报表与甲方确认的样表一致。
4.3 甲方在收到验收申请后 10 个工作日内组织验收并出具书面意见；诊所开始使用不视为验收合格。
4.4 乙方应提交实施计划，按 4 个批次分批上线，每批上线前完成诊所人员培训和数据核对；甲方负责提供历史数据、设备清单和诊所联络人。
4.5 乙方未能按期上线的，每逾期一日向甲方支付违约金 2,500 元。

5. 服务水平
5.1 平台月度可用率不低于 99.5%（不含提前 48 小时通知的计划维护）。
5.2 一级故障（平台无法登录或检查数据无法保存）：乙方 30 分钟内响应，3 小时内恢复；二级故障：2 小时内响应，1 个工作日内解决。
5.3 月度可用率未达承诺值或一级故障超时恢复的，乙方按当月订阅费的 5% 至 20% 给予服务抵扣，在下一季度账单中扣减。

6. 数据
6.1 甲方上传或在平台中产生的患者信息、检查结果、会员资料归甲方所有。
6.2 乙方应按等保三级要求运营平台，数据境内存储、传输和存储加密，按最小权限管理访问并保留审计日志；发生数据泄露的，乙方应在 1 小时内通知甲方并配合处置，因乙方原因造成的损失由乙方赔偿，包括监管罚款和对患者的赔偿。
6.3 甲方同意，乙方可将去标识化后的检查数据用于其诊断辅助算法的训练和眼健康行业分析报告，服务期满后仍可继续使用。
6.4 乙方应每日备份甲方数据，备份保存于境内另一机房，每季度进行一次恢复演练并向甲方提交演练记录。
6.5 服务终止后 30 日内，乙方应按甲方要求以通用格式导出全部数据并删除平台中的甲方数据，删除后出具书面确认。
6.6 乙方员工访问甲方数据须经甲方授权，且仅限于处理工单所需范围；乙方应每半个服务年度向甲方提供一次访问日志摘要。

7. 保密
7.1 双方对在合作中获知的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
7.2 乙方应要求其能够接触甲方信息的员工签署保密承诺，并对员工的违约行为承担责任。本合同终止后，乙方应返还或销毁甲方提供的商业资料。

8. 知识产权
8.1 平台及其标准功能的知识产权归乙方。
8.2 为甲方定制的报表、设备接口程序及相关文档归甲方所有，甲方可自由使用、修改并许可第三方使用。

9. 续期
9.1 服务期满前 60 日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
9.2 续期时乙方可根据市场情况调整订阅单价，调整幅度不超过上一服务年度的 8%，以乙方书面通知为准。

10. 违约与责任限制
10.1 乙方累计赔偿责任以本合同总价的 150% 为限，但数据泄露、故意或重大过失造成的损失不受此限。
10.2 甲方逾期付款的，按逾期金额每日万分之三支付利息。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同项下服务分包给第三方。平台所用云资源由乙方向境内云服务商采购，不属于分包。

12. 合同解除
12.1 一方严重违约，经另一方书面通知后 15 日内未纠正的，守约方有权解除合同。
12.2 连续两个月可用率低于 99% 的，甲方有权解除合同且无需支付剩余期间费用。

13. 法律与争议
13.1 本合同适用中华人民共和国法律，争议由甲方所在地人民法院管辖。

14. 其他
14.1 平台功能升级：服务期内乙方对平台进行的常规版本升级不另行收费，升级前应提前 7 日通知甲方，重大变更须在测试环境中经甲方确认。
14.2 因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复，相应期间不计入可用率考核。
14.3 廉洁条款：乙方不得向甲方员工及各诊所人员提供回扣、礼品或其他不正当利益，违反的，甲方有权解除合同。
14.4 通知：双方指定联系人负责日常沟通，服务事项以工单系统记录为准，涉及费用、续期和解除的通知应以书面形式送达。
14.5 变更：任何对本合同的修改须经双方书面确认。
14.6 附件：服务说明、实施计划、定制报表样表、设备接口清单，均为本合同组成部分。
14.7 本合同一式四份，双方各执两份，自签字盖章之日起生效。

甲方（盖章）：成都明眸眼科医疗管理有限公司　　代表：
乙方（盖章）：上海瞳联云医疗科技有限公司　　代表：
日期：2026年　月　日
"""

Z04 = """滨海市轨道交通 AFC 系统年度运维服务合同

合同编号：BHGD-YW-2026-013
采购方式：竞争性磋商
甲方：滨海市轨道交通运营有限公司
乙方：南京通衢轨道信息技术有限公司

根据甲方组织的滨海市轨道交通 1、2 号线 AFC 系统运维服务竞争性磋商（项目编号 BHGD-CS-2025-088）结果及成交通知书，双方订立本合同。

第一条 服务范围
（1）1、2 号线共 46 座车站的自动售票机、半自动售票机、闸机、自助查询机及车站计算机系统的日常巡检、故障维修和预防性维护。
（2）线路中央计算机系统、清分对账接口和移动支付接口的软件维护及版本升级。
（3）备品备件管理，易损件及消耗件由乙方包干供应。
（4）大客流、节假日和重大活动期间的应急保障。
（5）AFC 设备软件参数下发、票价表及黑名单更新的技术支持，以及甲方指定的小型改造和配合工作。
（6）车站计算机系统及线路中央计算机系统服务器、存储、网络设备的日常监控、日志检查和数据备份，每月进行一次备份恢复抽查。
（7）运维管理平台的日常使用，包括故障工单、巡检记录、备件出入库和统计报表的录入与维护。

第二条 服务期限
服务期自 2026年1月1日起至 2026年12月31日止。服务期满后，甲方另行组织采购，本合同不自动续期。

第三条 合同价格
合同总价为人民币 2,162,000 元（含税），其中：
（1）驻场运维服务（24 小时值守，驻场人员 26 人）：1,386,000 元；
（2）备品备件及消耗件包干：412,000 元；
（3）软件维护及版本升级：268,000 元；
（4）应急保障：96,000 元。
合同总价为固定包干价，服务期内不作调整。

第四条 付款方式
（1）服务费按季度支付，每季度考核结束后 20 日内，甲方根据考核结果支付当季服务费 540,500 元。
（2）本合同不设预付款。
（3）乙方收款前应开具增值税专用发票。

第五条 进场与交接
（1）乙方应在 2026年1月1日前完成人员进场及与原运维单位的交接，交接清单经甲方确认。
（2）乙方未按期进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第六条 服务水平
（1）设备可用率：闸机和自动售票机月度可用率均不低于 99.95%。
（2）故障响应：一级故障（整站闸机或售票功能中断、清分对账中断）15 分钟内响应，1 小时内恢复；二级故障（单台设备故障）30 分钟内响应，2 小时内修复；三级故障当日修复。
（3）预防性维护按甲方批准的计划执行，完成率不低于 98%。闸机扇门、售票机硬币模块、纸币模块和票卡发售模块按月清洁、校准，读写器按季度检测。
（4）乘客投诉涉及设备故障的，乙方应在接到甲方通知后 2 小时内到站核查，并在当日反馈处理结果。
（5）服务水平未达标的，乙方应在 3 个工作日内提交书面整改报告，甲方在季度考核中予以记录，并在下一次采购中作为评价参考。

第七条 考核与验收
（1）甲方按季度对乙方进行考核，考核内容包括设备可用率、故障响应及修复时限、巡检记录完整性、备件库存准确率。考核结果分为合格与不合格，考核不合格的，乙方应在下一季度内整改完毕。
（2）服务期满后 30 日内，甲方组织年度验收，标准为：全年无因乙方原因导致的一级故障超时；备件账实相符；运维文档、脚本和配置基线完整移交。验收以书面报告为准。

第八条 数据安全
（1）AFC 系统中的乘客交易数据、票卡数据、清分数据归甲方所有，乙方仅为履行本合同访问和处理，不得用于其他任何用途。
（2）乙方人员须通过甲方运维审计系统登录，禁止使用个人存储介质，禁止将数据导出至甲方网络以外；乙方应落实网络安全等级保护相关要求。
（3）发生数据泄露、篡改等安全事件的，乙方应在 1 小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

第九条 知识产权
运维期间乙方为甲方编写的脚本、报表工具和运维文档归甲方所有，甲方可自由使用和修改。

第十条 人员管理
（1）乙方驻场人员须具备相应资格，项目经理及骨干人员更换须经甲方同意。驻场人员名单、资格证明和联系方式应在进场前报甲方备案，服务期内人员变动应提前 5 日书面告知。
（2）乙方人员应遵守甲方安全生产及车站管理规定，进入轨行区或设备房须办理作业登记。
（3）乙方应在控制中心和各换乘站设置值守点，夜间停运后完成设备预防性维护，不得影响次日运营。
（4）乙方应建立培训制度，每季度对驻场人员进行技能考核，考核记录报甲方备案。新进场人员须经甲方组织的安全和业务培训，考试合格后方可上岗。
（5）乙方应配备不少于两辆运维车辆和必要的检测仪器，满足各车站之间的快速抵达要求。

第十一条 分包
乙方不得转包本合同；确需分包的，须事先取得甲方书面同意。

第十二条 违约责任
（1）乙方原因造成设备损坏的，应负责修复或赔偿。
（2）甲方逾期付款的，按逾期金额每日万分之二支付违约金。

第十三条 合同解除
乙方严重违约，经甲方书面通知后 10 日内未纠正的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。争议提交滨海仲裁委员会仲裁。

第十五条 备品备件
（1）乙方接收甲方现有备件库存，按交接清单建立台账；服务期满时按清单数量和状态向甲方移交，不足部分由乙方补足。
（2）乙方应按甲方要求在各车站设置备件柜，常用备件的库存量不低于甲方规定的安全库存，并每月盘点一次。
（3）包干范围内的易损件和消耗件由乙方及时补充，主要模块的采购须经甲方确认型号和来源。

第十六条 不可抗力
因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明；不可抗力消除后，双方继续履行。

第十七条 廉洁与安全
（1）乙方不得向甲方工作人员提供回扣、礼金或其他不正当利益，违反的，甲方有权解除合同并将乙方列入供应商不良记录。
（2）乙方应为驻场人员购买意外伤害保险，并对其人员的安全负责。
（3）乙方应制定大客流及设备大面积故障应急预案，报甲方审核，每半个服务期至少参加一次甲方组织的应急演练。

第十八条 服务报告
乙方应每月 5 日前提交上月运维报告，内容包括设备可用率统计、故障清单及原因分析、巡检完成情况、备件消耗和库存、下月工作计划；每季度提交一次设备健康评估及改进建议。

第十九条 通知与变更
双方的日常联络通过运维管理平台和指定联系人进行；涉及费用、考核结果和合同解除的通知应以书面形式送达。对本合同的任何修改须经双方书面确认。

第二十条 其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：滨海市轨道交通运营有限公司　　代表：
乙方（盖章）：南京通衢轨道信息技术有限公司　　代表：
日期：2026年　月　日
"""

Z05 = """# 桂香斋订单管理系统软件许可及定制开发合同

**（乙方标准合同文本 V3.2）**

合同编号：YJ-HT-2026-0217

甲方：苏州桂香斋食品有限公司

乙方：无锡易简软件有限公司

甲方为桂花糕等糕点的生产企业，拟采购乙方"易简订单管理系统"并进行定制开发。双方本着平等自愿原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供易简订单管理系统标准版（50 个用户）及经销商门户模块的永久使用许可。

1.2 乙方按甲方需求进行定制开发：节令订单预测（中秋、春节等）、冷链配送排单、微信小程序下单。

1.3 乙方负责系统在甲方服务器上的部署和基础配置，并对甲方订单、仓储和配送岗位人员进行操作培训。

1.4 系统采用乙方标准产品架构，定制开发功能以乙方出具、甲方签字确认的需求说明书为准，需求说明书未列明的功能不属于本合同范围。

1.5 系统主要功能：门店及经销商订单接收、节令礼盒预订、生产计划单生成、原料需求计算、成品库存、冷链配送排单、对账及报表。

1.6 软件许可为永久许可，许可范围为甲方在苏州的总部、工厂及直营门店，增加用户或使用单位的，按乙方报价另行购买。

1.7 甲方应提供符合乙方配置要求的服务器、数据库和网络环境，并指定项目联系人。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 订单管理系统标准版许可（50 用户） | 268,000 |
| 2 | 经销商门户模块许可 | 96,000 |
| | 软件许可小计 | 364,000 |
| 3 | 定制开发（节令预测、冷链排单、小程序） | 126,000 |
| 4 | 部署实施 | 38,000 |
| | 合计 | 528,000 |

合同总价为人民币 528,000 元（含税）。

## 第三条 付款方式

3.1 本合同签订后 5 个工作日内，甲方支付合同总价的 65%，即 343,200 元，乙方收到款项后开始工作。

3.2 系统部署上线后 5 个工作日内，甲方支付合同总价的 35%，即 184,800 元。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一支付违约金，乙方有权暂停服务。

## 第四条 交付

4.1 乙方在收到首笔款项后 60 个工作日内完成部署上线，具体时间以乙方项目计划为准。

4.2 乙方项目组成员由乙方安排，乙方可根据项目需要调整人员。

4.3 因需求变更、甲方配合不及时等原因导致延期的，交付时间相应顺延。乙方不承担因延期产生的违约金或赔偿责任。

4.4 乙方在实施过程中需要甲方配合的，应提前通知甲方；甲方未及时配合的，乙方有权暂停实施，并不承担由此产生的任何责任。

## 第五条 验收

5.1 系统部署上线后，即视为甲方验收合格。

5.2 甲方在上线后提出的修改意见，由乙方视情况安排在后续版本中处理。

5.3 乙方交付的资料包括安装说明、用户手册和管理员手册的电子版本。

## 第六条 免费维护

6.1 系统上线之日起六个月为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 免费维护期内，乙方对系统缺陷进行修复；因甲方操作不当、擅自修改或服务器环境问题引起的故障不属于免费维护范围。

6.3 乙方在工作日 9:00—17:30 通过电话、微信或远程方式提供技术支持，并尽合理努力解决甲方提出的问题。

## 第七条 维护服务费

7.1 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应按每服务年度软件许可小计的 28%，即 101,920 元，向乙方支付维护服务费。

7.2 维护服务费于每个服务年度开始前支付，未支付的，乙方有权停止技术支持。

7.3 维护服务费按年支付，甲方中途停止维护服务后再次申请恢复的，应补缴中断期间的维护服务费。

7.4 维护服务内容包括：远程技术支持、缺陷修复、标准版本升级。现场服务、新增功能开发和数据修复另行收费，按乙方当年人天单价计算。

## 第八条 知识产权

8.1 易简订单管理系统及其模块的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、小程序及相关源代码、文档的知识产权归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得自行修改、反编译或提供给第三方。

## 第九条 数据安全

9.0 甲方负责服务器操作系统、数据库和网络的安全管理，并自行定期备份系统数据。

9.1 甲方的订单、客户、经销商及价格数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。

9.2 乙方远程维护须经甲方同意，采用加密通道并记录操作；乙方应采取必要的安全措施防止数据泄露、丢失，发生安全事件时应在 24 小时内通知甲方。因乙方原因导致数据泄露的，乙方承担相应的赔偿责任。

## 第十条 保密

10.1 双方对本合同内容及在合作中知悉的对方商业秘密负有保密义务，保密期限至合同终止后三年。

10.2 乙方可将本项目作为案例用于乙方的市场宣传，但不得披露甲方的订单、客户和价格数据。

## 第十一条 培训与资料

11.1 乙方为甲方提供一次集中培训，时长两天，培训地点由甲方安排。甲方新增人员的培训、二次培训另行收费。

11.2 乙方提供的用户手册以系统当前版本为准，版本升级后乙方在官网更新电子版本。

## 第十二条 责任限制

12.1 乙方对本合同项下的全部赔偿责任总额，不超过本合同总价的 20%。

12.2 乙方不对间接损失、利润损失、数据损失承担责任。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面通知后 15 日内仍未纠正的，对方有权解除合同。

13.2 因甲方原因解除合同的，已付款项不予退还。

## 第十四条 争议解决

14.1 因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 不可抗力

15.1 乙方对系统中第三方组件的运行不承担担保责任，第三方组件的许可条款以其权利人公布的为准。

15.2 因不可抗力、网络运营商故障、第三方软件缺陷、病毒或黑客攻击等非乙方原因造成系统不能正常运行的，乙方不承担责任。

## 第十六条 甲方义务

16.1 甲方应按时付款，及时提供需求资料和测试数据，安排人员参加培训，并对乙方提交的需求说明书在 3 个工作日内确认；逾期未确认的，视为甲方同意。

16.2 甲方应妥善保管软件许可密钥，不得将软件安装于合同约定以外的服务器，不得超出许可用户数使用。

## 第十七条 其他

17.1 本合同未尽事宜，以乙方官网公布的《易简软件服务说明》为准。

17.2 本合同的任何修改须经双方书面确认；甲方的采购订单或其他文件中与本合同不一致的条款不发生效力。

17.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：苏州桂香斋食品有限公司　　代表：

乙方（盖章）：无锡易简软件有限公司　　代表：

日期：2026年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MSL-CN-2026-031
P:This Agreement is made between Ningbo Haixin Cold Chain Logistics Co., Ltd., a company registered in Ningbo, Zhejiang, People's Republic of China (the "Customer"), and Meridian Stack Pte. Ltd., a company registered in Singapore with its office at 18 Cross Street, Singapore (the "Vendor").
P:Recitals. The Customer operates three cold-storage warehouses in Ningbo and Zhoushan and wishes to replace its warehouse management system. The Vendor publishes the Meridian WMS software and offers implementation and support services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Meridian WMS server software, named user licences and RF handheld module listed in Article 3, in object code, with its documentation and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other materials created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Go-Live" means the start of productive use of the Software at all three warehouses. "Final Acceptance" means the Customer's signed certificate under Article 6.
P:1.4 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including inventory, customer, temperature and shipment records.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China for the internal business of the Customer and its affiliates.
P:2.2 The Vendor shall provide the implementation services: process design workshops, configuration of storage locations and temperature zones, data migration from the existing system, interfaces with the Customer's ERP and transport management system, user training, and Go-Live support at each warehouse.
P:2.3 The Vendor shall deliver the services through its project team in Singapore and its engineers on site in Ningbo. The named project manager and lead consultant shall not be replaced without the Customer's consent, which shall not be unreasonably withheld.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 1,444,000, inclusive of applicable taxes, made up as follows:
P:(a) WMS Server Licence, 1 unit: CNY 420,000;
P:(b) Named User Licences, 80 units at CNY 4,650: CNY 372,000;
P:(c) RF Handheld Module Licences, 60 units at CNY 2,800: CNY 168,000;
P:Licence Subtotal: CNY 960,000;
P:(d) Implementation services (fixed price): CNY 318,000;
P:(e) ERP and TMS interfaces (fixed price): CNY 142,000;
P:(f) Training: CNY 24,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 288,800) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 649,800) within 20 days after Go-Live at all three warehouses. Go-Live is not acceptance.
P:4.3 The Customer shall pay 35% of the Contract Price (CNY 505,400) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's CNY account. Each party bears its own bank charges.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall deliver the Software licence keys within 10 days after signature, achieve Go-Live within 150 days after signature, and make the system ready for Final Acceptance within 60 days after Go-Live.
P:5.2 If the Vendor fails to achieve Go-Live or readiness for Final Acceptance on time for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:5.3 The Customer shall provide server infrastructure, network access, master data and the availability of its key users as set out in the project plan.
H:Article 6 Acceptance
P:6.1 Final Acceptance testing starts after 45 days of productive use. The acceptance criteria are: all functions in the agreed requirements specification work as specified; stock records reconcile with a full physical count at each warehouse with no unexplained difference; the ERP and TMS interfaces exchange messages without loss over 20 consecutive days; RF transactions complete within 1.5 seconds at 120 concurrent devices; and no Severity 1 defect remains open.
P:6.2 The Customer shall issue the Final Acceptance certificate within 10 working days after successful tests, or state the failures in writing. The Vendor shall correct failures and repeat the tests. Go-Live, productive use or payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and Custom Deliverables will perform in accordance with the documentation and specification for 18 months after Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and provide support free of charge.
P:7.2 After the warranty period the Customer may order Annual Support. The Annual Support fee is 14% of the Licence Subtotal, that is CNY 134,400 per Support Year, and is fixed for the first three Support Years. Any later change requires the written agreement of both parties. Annual Support is ordered by purchase order for each Support Year and does not renew automatically.
P:7.3 Support levels apply during the warranty period and Annual Support. Severity 1 (warehouse operations stopped or stock records corrupted): response within 1 hour, 24 hours a day; workaround within 6 hours. Severity 2 (a major function impaired): response within 2 hours during business hours; fix within 2 business days. Severity 3: response within 1 business day.
P:7.4 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000 against the next payment or the Annual Support fee.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall hand over their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or Custom Deliverables infringe a third party's rights.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use it only to perform this Agreement and for no other purpose.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, shall not copy Customer Data outside the Customer's systems, and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Customer Data shall not be transferred outside mainland China.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours after becoming aware of it and shall take immediate remedial measures. The Vendor is liable for all losses caused to the Customer by a security incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it. This obligation survives for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, infringement claims, personal injury, fraud or wilful misconduct.
P:11.2 Neither party is liable for indirect or consequential loss, except where caused by wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after written notice, or if liquidated damages under Article 5.2 reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for services and deliverables not accepted, and the licences already paid for remain in force.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Singapore.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration administered by the Singapore International Arbitration Centre, seated in Singapore, in the English language, with one arbitrator.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:15.2 Amendments must be in writing and signed by both parties. This Agreement with its annexes is the entire agreement on its subject.
P:15.3 Annex A: Requirements Specification. Annex B: Project Plan. Annex C: Acceptance Test Plan.
P:Signed for the Customer: ____________________  Name and title: ____________________  Date:
P:Signed for the Vendor: ____________________  Name and title: ____________________  Date:
"""

E02 = """# ORDER FORM No. LS-CN-2026-014

**LotusShift Technology Joint Stock Company** (Da Nang, Vietnam) ("LotusShift") and **Chengdu Rongwei Hotpot Catering Management Co., Ltd.** (Chengdu, Sichuan, People's Republic of China) (the "Customer") agree to this Order Form. The LotusShift General Terms set out below form part of it. If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A - Order Form

### Section 1. Services ordered

1.1 LotusShift will provide its LotusShift Workforce cloud service for staff scheduling, time and attendance, shift swaps, labour-cost reports and a mobile app for restaurant staff, for 46 restaurants of the Customer in Sichuan and Chongqing.

1.2 LotusShift will also provide one-time onboarding: configuration of the 46 restaurants, import of staff records, rules for overtime and night shifts under local regulations, an interface to the Customer's payroll system, and training of store managers.

### Section 2. Subscription Term

2.1 The Subscription Term starts on 1 September 2026 (the "Subscription Start Date") and consists of three Subscription Years, ending on 31 August 2029.

### Section 3. Fees

At the Customer's request all fees are stated and paid in CNY.

| Item | Quantity | Unit fee (CNY) | Amount (CNY) |
|---|---|---|---|
| Workforce subscription, per restaurant per Subscription Year | 46 | 6,600 | 303,600 per Subscription Year |
| Subscription, three Subscription Years | | | 910,800 |
| Onboarding (one-time) | 1 | 48,000 | 48,000 |
| Total fees for the Subscription Term | | | 958,800 |

3.1 Subscription fees are invoiced quarterly in arrears, CNY 75,900 per quarter, payable within 30 days after invoice.

3.2 The onboarding fee is invoiced after Go-Live Acceptance under Section 4.2 and is payable within 30 days after invoice. No payment is due before the Subscription Start Date.

3.3 Additional restaurants may be added at CNY 6,600 per restaurant per Subscription Year, pro rata.

### Section 4. Onboarding and Go-Live Acceptance

4.1 LotusShift will complete onboarding so that all 46 restaurants can use the service on the Subscription Start Date.

4.2 Go-Live Acceptance criteria: schedules for all restaurants can be created and published; attendance records from the app and the store terminals reconcile with the payroll export for two consecutive pay periods; the payroll interface transfers data without error; and store managers of all restaurants have completed training. The Customer will sign a Go-Live Acceptance certificate within 10 business days after the criteria are met. Use of the service does not by itself constitute acceptance.

4.3 If onboarding is not completed by the Subscription Start Date for reasons attributable to LotusShift, LotusShift will pay CNY 600 for each day of delay, and the Subscription Start Date will be postponed accordingly without extending the fees payable.

### Section 5. Renewal

5.1 After the Subscription Term, this Order Form renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

5.2 LotusShift may increase the subscription fee for any renewal period by up to 9% over the fee of the preceding Subscription Year by notifying the Customer at least 30 days before the renewal.

### Section 6. Contacts

6.1 Customer contact: IT Manager, Chengdu head office. LotusShift contact: Account Director, Da Nang office, with a Mandarin-speaking support team.

## Part B - General Terms

### Section 7. Service levels

7.1 LotusShift will make the service available at least 99.95% of each calendar month, excluding planned maintenance announced at least 72 hours in advance and carried out between 02:00 and 05:00 China time.

7.2 Severity 1 incidents (the service or the mobile app is unavailable, or attendance records cannot be saved) will be responded to within 30 minutes and resolved or worked around within 3 hours. Severity 2 incidents will be responded to within 2 hours. Severity 3 incidents will be responded to within 1 business day.

7.3 If monthly availability falls below the commitment in Section 7.1, LotusShift will credit 5% of the monthly fee for each 0.1 percentage point or part of it below the commitment, up to 50% of the monthly fee. Each late Severity 1 resolution earns a credit of CNY 500. Credits are deducted from the next invoice.

### Section 8. Customer Data

8.1 Customer Data means all data submitted to the service by or for the Customer, including staff personal information, schedules, attendance and payroll exports. As between the parties, the Customer owns Customer Data.

8.2 LotusShift will host Customer Data in a data centre in mainland China operated by a licensed cloud provider, encrypt it in transit and at rest, limit access to authorised personnel with multi-factor authentication, keep access logs for at least 180 days, and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

8.3 LotusShift will notify the Customer of any personal information breach within 24 hours and will cooperate in the response. LotusShift is responsible for losses, fines and claims caused by a breach attributable to LotusShift.

8.4 The Customer grants LotusShift a perpetual right to use Customer Data in aggregated and de-identified form to improve and develop its products, to train its scheduling forecasts and to publish industry benchmarks on labour costs in restaurants. This right survives the end of the Subscription Term.

8.5 Within 30 days after the end of the Subscription Term, LotusShift will make Customer Data available for export in CSV format and will then delete it from the production systems.

### Section 9. Confidentiality

9.1 Each party will protect the other party's confidential information with reasonable care, use it only for this Order Form and not disclose it to third parties except to its employees and advisers who need to know it. This obligation continues for three years after the end of the Subscription Term.

### Section 10. Intellectual property

10.1 LotusShift owns the service, its software and all improvements to it.

10.2 Customer-specific configurations, the payroll interface mapping and reports built for the Customer belong to the Customer, which may use, modify and let third parties use them without restriction. LotusShift will provide them in an exportable format on request.

### Section 11. Subcontracting

11.1 LotusShift may not subcontract the service or the onboarding without the Customer's prior written consent. The licensed cloud provider named in the service description is approved by the Customer's signature of this Order Form.

### Section 12. Liability

12.1 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the nine months before the event giving rise to the claim.

12.2 Neither party is liable for lost profits or indirect damages. These limits do not apply to breach of Section 8.2 or 8.3, personal injury or wilful misconduct.

### Section 13. Termination

13.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

13.2 The Customer may also terminate if availability is below 99% in two consecutive months. On termination by the Customer for breach, LotusShift will refund any prepaid fees for the remaining period.

### Section 14. Governing law and disputes

14.1 This Order Form is governed by the laws of the People's Republic of China.

14.2 Disputes will be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai under its rules in force at the time of application.

### Section 15. Support and customer responsibilities

15.1 LotusShift will provide support in Mandarin and English through its ticket portal and a hotline staffed 24 hours a day for Severity 1 incidents, and during business hours China time for other requests. Each ticket receives a reference number, and the Customer may follow its status in the portal.

15.2 LotusShift will provide release notes at least 14 days before any change that affects how store managers or staff use the service, and will keep the mobile app compatible with the operating system versions in common use in mainland China.

15.3 The Customer is responsible for the accuracy of the staff records and rules it provides, for keeping its user credentials secure and for the use of the service by its authorised users. The Customer will not use the service to process data of persons other than its own staff and job applicants.

15.4 LotusShift will provide a quarterly service report showing availability, incidents, credits and the number of active users per restaurant, and will meet the Customer's IT Manager once per quarter to review it.

### Section 16. General

16.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it notifies the other party promptly.

16.2 Notices must be in writing and sent to the contacts in Section 6. Amendments must be signed by both parties.

For the Customer: ____________________ Name / Title / Date

For LotusShift: ____________________ Name / Title / Date
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR GRAIN STORAGE MONITORING SENSORS
P:Contract No. QZHF-CG-2026-027
P:Buyer: Qinzhou Hengfeng Grain Reserve Co., Ltd., Qinzhou, Guangxi Zhuang Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Siam Agrisense Co., Ltd., Khon Kaen, Thailand (the "Supplier").
P:Whereas the Buyer invited offers for a grain temperature, humidity and gas monitoring system for its Qinzhou reserve depot of 24 flat warehouses and 8 silos, and accepted the Supplier's offer of 12 March 2026, the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, cables, collectors, gateways and accessories listed in Clause 2. "Software" means the monitoring software licensed under Clause 2. "System" means the Equipment and Software installed and working together at the depot.
P:1.2 "Installation Certificate" means the Buyer's record that the System has been installed; it is not acceptance. "Final Acceptance Certificate" means the certificate issued under Clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, calibrate and commission the System, train the Buyer's staff and provide the warranty services. All prices are in CNY, fixed and inclusive of taxes, duties, freight to the depot and insurance.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Grain temperature cables, 12 measuring points each|480|1,150|552,000
TB:2|Wireless data collectors|96|2,400|230,400
TB:3|CO2 and phosphine gas sensors|48|5,600|268,800
TB:4|Gateways with backup power|8|9,800|78,400
TB:5|Monitoring software licence, perpetual, depot|1|186,000|186,000
TB: |Hardware and Licence Subtotal| | |1,315,600
TB:6|Installation and cabling|1|142,000|142,000
TB:7|Calibration and commissioning|1|38,400|38,400
TB:8|Training|1|12,000|12,000
TB: |Contract Price| | |1,508,000
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 980,200) within 20 days after the Installation Certificate and the Supplier's invoice.
P:3.3 The Buyer shall pay 35% of the Contract Price (CNY 527,800) within 20 days after the Final Acceptance Certificate and the Supplier's invoice.
P:3.4 Payment is made in CNY by bank transfer to the account named in the Supplier's invoice.
P:3.5 Within 10 days after signature, the Supplier shall provide a performance security of 5% of the Contract Price in the form of a bank guarantee issued by a bank in mainland China, valid until the end of the warranty period. The Buyer may draw on it for amounts due from the Supplier under this Contract.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the depot within 70 days after signature and complete installation within 40 days after delivery. Installation in each warehouse shall be coordinated with the Buyer's grain-handling schedule and shall not damage stored grain or the warehouse structure.
P:4.2 The Supplier's installation team shall follow the Buyer's safety rules for working on grain surfaces, in silos and at height, and shall carry out fumigation-area work only with the Buyer's written permit.
P:4.3 If the Supplier is late in delivery or installation for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Technical Requirements
P:5.1 Temperature sensors shall measure from -40 to +85 degrees Celsius with an accuracy of 0.5 degrees. Gas sensors shall measure phosphine from 0 to 2,000 ppm. Collectors shall operate on battery power for at least three years at one reading per hour.
P:5.2 The Software shall display temperature maps for each warehouse and silo, raise alarms for temperature rise and gas levels set by the Buyer, send alarms by SMS and to the Buyer's depot management system, and export data to the provincial grain reserve monitoring platform in its required format.
P:5.3 Each item of Equipment shall be new, unused and of the model stated in the Supplier's offer. On arrival, the parties shall open the packages together, check quantities, models and visible condition, and sign a delivery record. Missing or damaged items shall be replaced within 15 days at the Supplier's cost.
P:5.4 The Supplier shall train at least 20 of the Buyer's staff in two sessions at the depot, covering daily use, alarm handling, replacement of batteries and sensors, and basic troubleshooting, and shall provide operating manuals in Chinese.
P:5.5 The Supplier shall provide a project manager who speaks Mandarin and is present at the depot during installation, commissioning and the acceptance tests. Replacement of the project manager requires the Buyer's consent.
H:6. Acceptance
P:6.1 After installation the System shall run for 30 consecutive days. Final Acceptance tests shall verify that: every measuring point reports valid readings; the accuracy of a sample of 5% of temperature points, selected by the Buyer, is within the specification against a calibrated reference; gas alarms are raised within 60 seconds in a simulated test; data reach the provincial platform without gaps during the run; and the documentation, calibration records and training are complete.
P:6.2 The Buyer shall issue the Final Acceptance Certificate within 10 working days after successful tests or state the defects in writing. Installation, commissioning or use of the System does not constitute acceptance.
H:7. Warranty
P:7.1 The warranty period is 36 months from the Final Acceptance Certificate. During this period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour, travel and recalibration.
P:7.2 Severity 1 faults (a warehouse or silo without monitoring, or false gas alarms) shall be responded to remotely within 1 hour, and an engineer shall be on site within 24 hours. Other faults shall be responded to within 1 business day and fixed within 5 business days.
P:7.3 For each hour by which a Severity 1 response is late, the Supplier shall pay CNY 500, deducted from any amount due or from the performance security.
P:7.4 The Supplier shall keep spare sensors and collectors equal to 2% of the installed quantity at the depot during the warranty period.
H:8. Post-Warranty Support
P:8.1 After the warranty period, the Supplier shall offer annual support at 6% of the Hardware and Licence Subtotal, that is CNY 78,936 per year, fixed for two years. Support is ordered by the Buyer in writing each year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Supplier retains the intellectual property in the standard Software and grants the Buyer a perpetual licence for the depot.
P:9.2 Interfaces, report templates and configurations developed for the Buyer belong to the Buyer, which may use and modify them freely and have them modified by third parties. The Supplier shall deliver their source code and documentation with the Final Acceptance tests.
H:10. Data Security
P:10.1 All monitoring data, grain stock information and depot layouts belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The System shall store data on the Buyer's servers in the depot. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall not copy or transfer data outside mainland China.
P:10.3 The Supplier shall report any security incident within 12 hours and shall compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential the Buyer's stock levels, depot layouts and other non-public information, and shall not disclose them to any third party without the Buyer's written consent. This obligation continues after the end of this Contract.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment not accepted and remove it at its cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the people's court having jurisdiction where the Buyer is located.
H:15. General
P:15.1 Force majeure excuses delay only while it lasts and if the affected party notifies the other party within 5 days. Amendments must be in writing and signed by both parties. This Contract is made in English and Chinese; both versions are equally authentic.
P:15.2 Notices shall be given in writing to the addresses stated in this Contract or to other addresses notified in writing. Each party shall appoint a contact person for the project.
P:15.3 The Supplier shall comply with the anti-bribery rules of the Buyer and shall not offer any gift, payment or other benefit to the Buyer's staff; breach of this clause is a material breach.
P:Annex 1: Technical specification. Annex 2: Equipment layout by warehouse and silo. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: MMIT-2026-NBJH-02

**Customer:** Ningbo Jinhai Garment Co., Ltd., Yinzhou District, Ningbo, Zhejiang, People's Republic of China, for its head office in Ningbo and its sewing factory in Phnom Penh.

**Provider:** Mekong Managed IT Co., Ltd., Street 271, Phnom Penh, Kingdom of Cambodia.

**Background.** The Customer runs its head office in Ningbo and a garment factory with 1,900 workers in Phnom Penh. It wishes to outsource end-user support, network operation and server administration for both sites to one provider. The Provider offers managed IT services with a bilingual service desk. The parties agree as follows.

## DEFINITIONS

(a) "Services" means the managed services described in Schedule 1.

(b) "Service Commencement Date" means 1 July 2026, or the later date on which the Customer signs the Service Acceptance record under the heading ACCEPTANCE.

(c) "Term" means the period from the Service Commencement Date until 30 June 2028 (24 months).

(d) "Customer Data" means all data of the Customer, its employees and its customers that the Provider handles when performing the Services.

## SERVICES

(a) The Provider shall perform the Services described in Schedule 1 for the sites and volumes listed there, at the service levels of Schedule 2.

(b) The Provider shall first carry out a transition: taking over documentation, passwords, monitoring and open tickets from the Customer's current provider, installing its monitoring agents and completing a baseline inventory of all devices.

(c) The Provider shall assign a service delivery manager who speaks Mandarin, and shall keep at least two engineers on site at the Phnom Penh factory during its working hours.

## CHARGES AND PAYMENT

(a) At the Customer's request, the charges are stated and paid in CNY, as set out in Schedule 3. The total charges for the Term are CNY 1,428,000.

(b) The monthly service charge is invoiced monthly in arrears and is payable within 30 days after the invoice.

(c) The transition charge is invoiced after the Service Acceptance record is signed and is payable within 30 days after the invoice.

(d) No charge is payable before the Service Commencement Date. Charges are fixed for the Term.

## ACCEPTANCE

(a) The transition is accepted when the following criteria are met and the Customer signs a Service Acceptance record: all devices in the baseline inventory are monitored; the service desk has handled tickets for 10 working days in parallel with the current provider; all administrator passwords have been changed and recorded in the Customer's password vault; and the run book for each server and network device has been approved by the Customer's IT Manager.

(b) If the transition is not accepted by 1 July 2026 for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay until acceptance.

## SERVICE LEVELS AND CREDITS

(a) The Provider shall meet the service levels in Schedule 2 and report on them monthly.

(b) If a service level is missed in a month, the Provider shall grant the service credit stated in Schedule 2, deducted from the next invoice. Service credits in a month shall not exceed 20% of that month's service charge.

## REPORTING AND GOVERNANCE

(a) By the fifth working day of each month, the Provider shall deliver a service report covering ticket volumes by site and priority, service level results, credits due, patch status, backup and restore test results, open problems and planned changes.

(b) The service delivery manager and the Customer's IT Manager shall meet monthly, by video or in person, to review the report. Once per quarter the parties' senior representatives shall meet to review the Services and agree improvement actions.

(c) Changes to servers, firewalls and the factory network shall follow the change procedure in the run books and require the approval of the Customer's IT Manager, except emergency changes needed to restore a P1 incident, which shall be reported within one working day.

## CUSTOMER RESPONSIBILITIES

(a) The Customer shall give the Provider's engineers access to its sites, systems and documentation as needed, provide workspace at both sites, and appoint an IT Manager as the single point of contact.

(b) The Customer remains responsible for purchasing hardware, software licences and telecommunications lines, unless the parties agree otherwise in writing.

## CUSTOMER DATA

(a) Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall return it to the Customer at the end of the Term.

## CONFIDENTIALITY

(a) Each party shall keep confidential the business, technical and financial information of the other party that it receives under this Agreement, and shall not disclose it to any third party without the prior written consent of the other party, except to its employees and professional advisers who need to know it and are bound by similar duties.

(b) This obligation continues for three years after the end of the Term.

## INTELLECTUAL PROPERTY

(a) Run books, scripts, configuration records and reports prepared by the Provider for the Customer belong to the Customer, which may use and modify them freely and hand them to any later provider.

(b) The Provider's own tools and monitoring software remain the Provider's property.

## LIABILITY

(a) The total liability of the Provider under this Agreement shall not exceed 120% of the total charges for the Term.

(b) Neither party is liable for loss of profit or indirect loss. The limit does not apply to personal injury, fraud or wilful misconduct.

## SUBCONTRACTING

(a) The Provider shall not subcontract any part of the Services without the prior written consent of the Customer. The Provider remains responsible for the acts of any approved subcontractor.

## TERM AND TERMINATION

(a) This Agreement begins on signature and continues until the end of the Term. It does not renew automatically; any extension requires a new written agreement.

(b) Neither party may terminate this Agreement before the end of the Term, except by mutual written agreement or if force majeure prevents performance for more than 90 consecutive days. If the Provider fails to perform, the Customer's remedies are the service credits under Schedule 2 and damages within the limit stated under LIABILITY; the Customer shall not terminate this Agreement for that reason.

(c) At the end of the Term, the Provider shall support the transfer of the Services to the Customer or a new provider for up to 30 days at the rates in Schedule 3.

## GOVERNING LAW AND DISPUTES

(a) This Agreement is governed by the laws of the People's Republic of China.

(b) Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## GENERAL

(a) Neither party is liable for failure caused by events beyond its reasonable control. Amendments must be made in writing and signed by both parties. Notices shall be sent to the addresses above.

(b) The Schedules form part of this Agreement. In case of conflict, the clauses prevail over the Schedules.

## SCHEDULE 1 - SERVICES AND VOLUMES

| Service | Ningbo head office | Phnom Penh factory |
|---|---|---|
| Service desk (Mandarin, English, Khmer) | 180 users | 260 users |
| Desktop and laptop support | 180 devices | 240 devices |
| Network operation (switches, Wi-Fi, firewalls) | 22 devices | 64 devices |
| Server administration (Windows, Linux, virtualisation) | 14 servers | 9 servers |
| Backup monitoring and restore tests | monthly | monthly |
| Patch management | monthly | monthly |

The service desk operates 24 hours a day, 7 days a week, by telephone, portal and instant messaging. On-site support is provided by the Provider's engineers in Phnom Penh and by its own local team in Ningbo.

## SCHEDULE 2 - SERVICE LEVELS

| Priority | Example | Response | Restoration | Credit per miss |
|---|---|---|---|---|
| P1 | factory network or ERP access down at a site | 30 minutes | 6 hours | CNY 1,500 |
| P2 | a production line's terminals or a key server degraded | 1 hour | 12 hours | CNY 600 |
| P3 | a single user or device affected | 8 business hours | 3 business days | none |
| P4 | requests and changes | 1 business day | as agreed | none |

Monthly targets: every P1 and P2 incident meets both its response and its restoration time; patching is completed each month for all managed devices except those the Customer has exempted in writing. Each P1 or P2 incident that misses its response or restoration time earns the credit above.

## SCHEDULE 3 - CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 36,000 |
| Monthly service charge | 24 months x 58,000 | 1,392,000 |
| Total for the Term | | 1,428,000 |
| Additional on-site work outside scope | per engineer day | 2,200 |

Signed for the Customer: ____________________ Date:

Signed for the Provider: ____________________ Date:
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. LXG-KM-2026-005

BETWEEN
Kunming Dianyuan Agricultural Trading Co., Ltd., Guandu District, Kunming, Yunnan, People's Republic of China (the "Customer"); and
Lanexang GeoData Sole Co., Ltd., Sisattanak District, Vientiane, Lao People's Democratic Republic (the "Provider").

RECITALS
A. The Customer imports coffee, cassava and fresh fruit from northern and central Laos through the Boten-Mohan border crossing and plans purchases and transport with weather, crop and border data.
B. The Provider operates a data service that delivers weather observations and forecasts, crop condition indices, farm-gate price surveys and border-crossing waiting times for Laos through an application programming interface (the "API").
C. The Customer wishes to subscribe to the API and to receive integration support. The parties agree as follows.

PART 1 - SUBSCRIPTION

1) Data products. The subscription includes: (a) hourly weather observations from 140 stations and 10-day forecasts for all districts of Laos; (b) fortnightly crop condition indices for coffee, cassava, banana and rice by province; (c) weekly farm-gate price surveys for the same crops in 12 provinces; and (d) border-crossing waiting times for trucks at Boten, updated every 15 minutes.

2) Access. The Provider shall give the Customer API keys for a production and a test environment. The subscription includes up to 3,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.02 per call; these overage charges are not part of the Contract Value.

3) Term. The subscription runs for two Subscription Years, from 1 August 2026 to 31 July 2028. Any further period requires a new written order; the subscription does not renew automatically. A further period, if ordered, shall be at the same fee unless the parties agree otherwise in writing.

PART 2 - FEES AND PAYMENT

4) Fees. At the Customer's request all fees are stated and paid in CNY:
   - API subscription: CNY 276,000 per Subscription Year, CNY 552,000 for the two Subscription Years;
   - integration support (one-time): CNY 32,000;
   - Contract Value: CNY 584,000.

5) Invoicing. The subscription fee is invoiced quarterly in arrears at CNY 69,000 per quarter. The integration support fee is invoiced after Integration Acceptance. Invoices are payable within 30 days. No payment is due before the subscription starts.

PART 3 - INTEGRATION AND ACCEPTANCE

6) Integration support. The Provider shall help the Customer connect the API to its purchase planning system and its transport dispatch system, deliver field mappings from the Provider's data model to the Customer's data model, and provide sample code and a sandbox with test data.

7) Integration Acceptance. Integration is accepted when: (a) all four data products are received in the Customer's systems for 14 consecutive days; (b) the field mappings reconcile with the Provider's published data for a sample of 200 records chosen by the Customer; (c) average API response time is below 800 milliseconds over the period; and (d) the Customer's IT Manager signs an Integration Acceptance certificate. Use of the data in production does not by itself constitute acceptance.

8) Delay. If Integration Acceptance is not achieved by 15 August 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay.

PART 4 - SERVICE LEVELS

9) Availability. The API shall be available at least 99.5% of the time in each calendar month, measured at the Provider's gateway, excluding maintenance announced 48 hours in advance and performed between 01:00 and 05:00 China time.

10) Support. Severity 1 incidents (the API is unavailable, or a data product has stopped updating) shall be responded to within 1 hour, at any time, and restored within 6 hours. Severity 2 incidents (delayed or incomplete data) shall be responded to within 2 hours during business hours. Other requests shall be answered within 2 business days.

11) Service credits. For each full 0.1 percentage point by which monthly availability falls below the commitment, the Provider shall credit 3% of the monthly subscription fee. For each Severity 1 incident not restored on time, the Provider shall credit CNY 800. Credits are deducted from the next invoice and in a month shall not exceed the monthly subscription fee.

12) Data quality. The Provider shall publish the source and time of each data point and correct errors reported by the Customer within 2 business days. Repeated errors in the same data product in a month count as a Severity 2 incident.

12A) API changes. The Provider shall keep each published API version available for at least 180 days after announcing a new version, shall announce breaking changes at least 60 days in advance, and shall provide updated documentation in English and Chinese. Changes that remove a data product or reduce its coverage require the Customer's written agreement.

12B) Customer obligations. The Customer shall keep its API keys secret, use the API within the call volume and rate limits in the service description, and not resell the raw data feeds to third parties. The Customer shall name a technical contact for incidents and changes.

12C) Reporting. The Provider shall send a monthly report with availability, incidents, credits, call volumes and data-quality corrections.

PART 5 - DATA, SECURITY AND CONFIDENTIALITY

13) Provider data. The Provider grants the Customer a non-exclusive licence to use the data received through the API for its internal business, including planning, reporting and sharing summaries with its carriers and suppliers, during the subscription and without time limit for data received before its end.

14) Customer data. Queries, purchase locations, shipment plans and other data sent by the Customer to the API ("Customer Data") belong to the Customer. The Provider shall use Customer Data only to provide the service to the Customer and shall not analyse, sell or disclose it for any other purpose.

15) Security. The Provider shall protect Customer Data with encryption in transit, access control by named accounts, logging of all access and deletion of query logs after 90 days. The Provider shall notify the Customer within 24 hours of any unauthorised access to Customer Data and shall take immediate remedial steps. The Provider is liable for losses the Customer suffers as a result of such an incident caused by the Provider's failure to meet this clause.

16) Confidentiality. Each party shall keep confidential the non-public information of the other party, including the Customer's purchase volumes and routes and the Provider's methods, and shall not disclose it to third parties except to employees and advisers who need to know it. This duty continues for three years after the end of this Agreement.

PART 6 - INTELLECTUAL PROPERTY

17) The Provider owns the API, its data products and its methods. Field mappings, connectors and scripts developed for the Customer under the integration support belong to the Customer, which may use, modify and license them freely.

PART 7 - SUBCONTRACTORS AND DATA PARTNERS

18) The Provider may engage subcontractors and data partners at its discretion to collect field data, run survey teams, operate weather stations and host the API, and may replace them, by informing the Customer by notice in the service portal. The Provider remains responsible for their work.

PART 8 - LIABILITY

19) Each party's total liability under this Agreement is limited to 200% of the Contract Value. This limit does not apply to breach of clauses 14 to 16, personal injury or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

20) The Provider does not guarantee weather forecasts or crop indices as predictions of future events, but warrants that they are produced with the methods described in the service description and with due care.

PART 9 - TERMINATION

21) Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.

22) The Customer may also terminate by written notice if monthly availability is below 98% in two consecutive months. On any termination, the Customer pays only for the period of service received.

PART 10 - GOVERNING LAW AND DISPUTES

23) This Agreement is governed by the laws of the People's Republic of China.

24) Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

PART 11 - GENERAL

25) Notices shall be in writing, in English or Chinese, and sent to the addresses above or by email to the contacts named in the service description. Amendments must be in writing and signed by both parties.

26) Neither party is liable for delay caused by events beyond its reasonable control, such as floods, landslides or border closures, if it informs the other party promptly; the Provider shall restore the service as soon as the event allows.

27) This Agreement is made in English and Chinese. Both versions are equally authentic.

Signed for the Customer: ____________________  Name / Title / Date

Signed for the Provider: ____________________  Name / Title / Date
"""


def tight(s):
    """Chinese drafts: no spaces between Chinese characters and figures, as most Chinese contracts are typed."""
    return re.sub(r"(?<=[\u2e80-\uffff]) (?=\S)|(?<=\S) (?=[\u2e80-\uffff])", "", s)


Z01, Z02, Z03, Z04, Z05 = (tight(x) for x in (Z01, Z02, Z03, Z04, Z05))

FILES = {  # key: (file name, lang, format, source)
    "z01": ("h561z01_tourism_bureau_smart_tourism_platform.pdf", "zh", "pdf", Z01),
    "z02": ("h561z02_rubber_plant_mixer_control_retrofit.docx", "zh", "docx", Z02),
    "z03": ("h561z03_eye_clinic_chain_saas.txt", "zh", "txt", Z03),
    "z04": ("h561z04_metro_afc_annual_maintenance.txt", "zh", "txt", Z04),
    "z05": ("h561z05_osmanthus_cake_order_system_supplier_template.md", "zh", "md", Z05),
    "e01": ("h561e01_cold_chain_wms_licence_sg_vendor.pdf", "en", "pdf", E01),
    "e02": ("h561e02_restaurant_workforce_saas_order_form_vn_vendor.md", "en", "md", E02),
    "e03": ("h561e03_grain_depot_sensors_th_supplier.docx", "en", "docx", E03),
    "e04": ("h561e04_garment_managed_it_services_kh_provider.md", "en", "md", E04),
    "e05": ("h561e05_agri_data_api_subscription_la_provider.txt", "en", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, ds, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law,
                                kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, TCO inputs (fee base, warranty months) or None, forum outside mainland China)
DESIGN = {
    "z01": ("software", terms(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 9, False,
                              True, False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2210000), (1280000, 24), False),
    "z02": ("hardware", terms(None, 0.5, True, "buyer", True, True, True, 0.02, None, 10, True, True, 24, 7.5, False,
                              True, True, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1838000), (1590000, 24), False),
    "z03": ("cloud", terms(99.5, 0.5, True, "buyer", True, False, True, 2500 / 2100800 * 100, 150, None, True, None,
                           None, None, True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2100800),
            None, False),
    "z04": ("services", terms(99.95, 0.25, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None,
                              False, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2162000),
            None, False),
    "z05": ("software", terms(None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 6, 28,
                              False, True, None, None, G),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=528000), (364000, 6), False),
    "e01": ("software", terms(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 14, False, True,
                              False, "Singapore", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1444000), (960000, 18), True),
    "e02": ("cloud", terms(99.95, 0.5, True, "buyer", True, False, True, 600 / 958800 * 100, 9 / 36 * 100, None, True,
                           None, None, None, True, True, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=958800),
            None, False),
    "e03": ("hardware", terms(None, 1, True, "buyer", True, True, True, 0.1, None, None, True, True, 36, 6, False, True,
                              False, "PRC", G),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1508000), (1315600, 36), False),
    "e04": ("services", terms(None, 0.5, True, "buyer", False, True, True, 900 / 1428000 * 100, 120, None, True, None,
                              None, None, False, False, False, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1428000),
            None, False),
    "e05": ("cloud", terms(99.5, 1, True, "buyer", True, True, True, 450 / 584000 * 100, 200, None, True, None, None,
                           None, False, True, True, "PRC", S),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=584000),
            None, False),
}

# my design list, written before the function below derives the rules from the labels
DESIGNED = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(value, fee_pct, base, warranty_months, horizon=5):
    """policy §4: warranty from acceptance = start of the horizon; post-warranty fee for every later year, pro rata."""
    post_years = max(0.0, horizon - warranty_months / 12)
    fees = fee_pct / 100 * base * post_years
    return fees / (value + fees) * 100


def rules_from_labels(t, x, tco, forum_outside):
    """My own reading of policy.md §3, applied to the labels."""
    r = []
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    if goods and tco and t["post_warranty_fee_pct"] is not None and x.get("post_warranty_fee_capped"):
        if tco_share(x["contract_value"], t["post_warranty_fee_pct"], tco[0], tco[1]) > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---- threshold scan -------------------------------------------------------------------------------------------
NB = r"(?<![\d.,])"  # no digit, point or comma before the figure
THRESHOLD_PATTERNS = [
    NB + r"99[.,]90*(?!\d)\s*(%|％|percent|per cent)",
    NB + r"(4|four)\s*(-|‐)?\s*(business\s*|working\s*|clock\s*)?(hours?|hrs?|h)(?![a-z])",
    NB + r"(4|四)\s*个?\s*(小时|钟头|工作小时)", r"(?<![十一二三四五六七八九零〇两])四个?小时", NB + r"240\s*(分钟|minutes?|mins?)",
    NB + r"0?[.,]050*(?!\d)\s*(%|％|percent|per cent)", r"万分之五(?![十百千零一二三四五六七八九])", r"千分之零点五",
    NB + r"100(?:[.,]0+)?\s*(%|％|percent|per cent)", r"百分之(一)?百(?![零一二三四五六七八九十])", r"one hundred per\s*cent",
    NB + r"30(?:[.,]0+)?\s*(%|％|percent|per cent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty per\s*cent",
    NB + r"12\s*(-|‐)?\s*(months?|个月)(?![a-z])", r"十二个?月", r"twelve\s*(-)?\s*months?",
    r"(?<![十百千万零〇两一二三四五六七八九])一年", r"(?<![a-z])one\s*(-)?\s*years?(?![a-z])", NB + r"1\s*(-)?\s*(years?|年)(?![a-z度])",
    NB + r"15(?:[.,]0+)?\s*(%|％|percent|per cent)", r"百分之十五(?![一二三四五六七八九])", r"fifteen per\s*cent",
    NB + r"40(?:[.,]0+)?\s*(%|％|percent|per cent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty per\s*cent",
    NB + r"5\s*(-)?\s*(years?|年)(?![a-z度])", r"(?<![十百千万零〇两一二三四五六七八九])五年", r"(?<![a-z])five\s*(-)?\s*years?",
    NB + r"60\s*(-)?\s*(months?|个月)", r"六十个月", r"sixty\s*months?",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "4小时", "四小时", "4 hours", "four-hour", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "一年", "one year", "12-month",
            "15%", "40%", "四成", "5年", "五年", "five years", "60 months", "4 business hours", "第一年"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14 hours", "24 hours",
             "130%", "0.045 元", "2029年", "十一年", "first Subscription Year", "45%", "35%", "112 months",
             "Subscription Year", "2026年", "0.5 degrees", "25 years", "万分之二", "2026年12月31日"]


def scan_hits(text):
    return [m.group(0) for rx in THRESHOLD_RE for m in rx.finditer(text)]


def scan(text):
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({h for v in variants for h in scan_hits(v)})


def selftest():
    for s in MUST_HIT:
        assert scan_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan_hits(s), ("must miss", s, scan_hits(s))


# ---- build, read back, check ----------------------------------------------------------------------------------
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    sources, targets = {}, {}
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            sources[k], targets[k] = src, (name, fmt)
    write(sources, targets, OUT, wrap_words=True)

    covered, report = set(), []
    for k, (name, lang, fmt, src) in FILES.items():
        cat, t, x, tco, forum = DESIGN[k]
        rules = rules_from_labels(t, x, tco, forum)
        assert rules == sorted(DESIGNED[k]), (k, rules, DESIGNED[k])
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name, fmt)
        if lang == "zh":
            n, n_nows = len(text), len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
            size = "%d chars (%d without whitespace)" % (n, n_nows)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
            size = "%d words" % n
        raw = src if fmt != "pdf" else src
        hits = scan(text) + scan(raw)
        assert not hits, (k, hits)
        share = ""
        if tco:
            share = " TCO share %.1f%%" % tco_share(x["contract_value"], t["post_warranty_fee_pct"], tco[0], tco[1])
        report.append("%s %s %s %s -> %s (%s)%s" % (k, name, lang, size, ", ".join(rules) or "(none)", risk(rules),
                                                    share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("\n".join(report))
    print("all 20 rules covered; no threshold figure found")


if __name__ == "__main__":
    main()
