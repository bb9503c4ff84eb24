"""holdout170 — blind held-out set of ORDINARY draft contracts (ten files), their sources and their labels.

Run with /work/main/.venv/bin/python make_files.py. It
- writes the three .md and three .txt contracts as they are below;
- builds the two .docx (real Word price tables) and the two .pdf (wrap_words=True) with ../word_pdf.py;
- reads every file back (python-docx / pypdf for the built ones), prints its length and scans it for values that sit
  exactly on a policy threshold (the run stops if one does);
- asserts every price and payment sum, computes the numeric labels with Python, re-applies the contract-risk rules of
  policy.md §3/§4 to each label's terms and checks that they give the planned rule list, then writes the .json labels
  (one-space indent, ensure_ascii=False, no trailing newline).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h170z01 — 市交通运输局 公交智能调度系统 (system integration, 政府采购 公开招标, buyer's paper). .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H170Z01 = """
T:岳川市公交智能调度系统建设项目合同
P:合同编号：YCJT-ZC-2025-017
P:采购方式：公开招标（招标编号：YCCG-2025-GK-0432）
P:甲方（采购人）：岳川市交通运输局，地址：岳川市振兴大道188号
P:乙方（供应商）：江衡智行交通科技有限公司，地址：南京市江宁区秣周东路9号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书、澄清文件及双方确认的技术规格书均为本合同的组成部分，内容不一致的，以对甲方更有利的为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设岳川市公交智能调度系统，覆盖全市28条公交线路、1,260辆营运车辆及市公交调度中心。建设内容包括：车载智能调度终端的供货与安装；调度中心服务器、存储及调度大屏、坐席；智能调度平台软件；排班算法以及与公交一卡通、票务系统对接的定制开发；系统集成、试运行和培训。
P:1.2 具体技术要求以招标文件第五章《技术规格书》为准。乙方投标文件中优于技术规格书的承诺同样构成乙方的合同义务。
P:1.3 乙方应指定一名具有高级工程师职称的项目经理常驻岳川，未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币玖佰陆拾陆万元整（¥9,660,000.00），为含税固定总价，包括设备、软件、运输、保险、安装、调试、集成、培训、试运行及质保期内服务的全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|车载智能调度终端（含北斗定位、客流计数、车内视频）|1,260台|3,850|4,851,000
TB:2|调度中心服务器及存储|1套|1,186,000|1,186,000
TB:3|调度大屏及调度坐席|1套|642,000|642,000
TB:4|智能调度平台软件许可（永久）|1套|1,380,000|1,380,000
TB:|软硬件小计|||8,059,000
TB:5|定制开发（排班算法、一卡通及票务系统对接）|1项|968,000|968,000
TB:6|安装调试及系统集成|1项|586,000|586,000
TB:7|培训|1项|47,000|47,000
TB:|合计|||9,660,000
P:2.2 合同履行期间价格不作调整。因甲方书面要求增加车辆或线路的，按上表单价另行结算。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，计人民币1,932,000元。
P:3.2 全部设备到货安装并通过初步验收后，甲方支付合同总价的45%，计人民币4,347,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，计人民币3,381,000元。
P:3.4 乙方每次请款前应开具合法的增值税专用发票。甲方按财政国库集中支付程序办理付款。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后90日内完成全部车载终端的到货与安装，120日内完成平台部署、定制开发及系统联调，并提交初步验收申请。
P:4.2 车载终端安装应在夜间收车后进行，不得影响公交正常营运。乙方应与各公交分公司提前确认安装计划，安装完毕的车辆由分公司现场签字确认。
P:4.3 乙方应按周向甲方提交实施进度报告，如实说明进度、风险和需要甲方协调的事项。
H:第五条 验收
P:5.1 初步验收：全部设备安装、平台部署完成后，由甲方组织初步验收。验收内容包括：设备品牌、型号、数量与投标文件一致；车载终端定位上报间隔不大于10秒，定位误差不大于10米；调度指令从平台下发至车载终端不超过3秒；排班算法可按线路、时段、车型自动生成排班计划并支持人工调整；与一卡通、票务系统的接口数据连续7日按日核对一致；客流计数与人工抽样计数的误差不超过5%。
P:5.2 初步验收合格后，系统进入90日试运行。试运行期间未发生一级故障、且二级故障累计不超过3次的，甲方组织最终验收。最终验收应邀请不少于三名行业专家参加，并出具书面验收报告。
P:5.3 设备到货、安装、上线运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此发生的费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 全部设备及软件的免费质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供故障维修、备件更换、软件缺陷修复及版本升级。
P:6.2 质保期满后如甲方需要，乙方应继续提供维保服务。年度维保费不超过软硬件小计的8%（即不超过人民币644,720元/年），且在质保期满后三年内不作上调。维保合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 智能调度平台按月计算的系统可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 故障分级及响应要求：一级故障（调度平台中断，或超过100辆车同时失去定位）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（单条线路调度功能异常）1小时内响应，8小时内恢复；三级故障（单车终端故障）在次日首班车发车前修复。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减人民币2,000元；平台月可用率每低于约定值0.01个百分点，扣减人民币3,000元。扣减款项从最终验收款或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 智能调度平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的排班算法模块、接口程序及其源代码、技术文档等成果，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所交付的设备与软件不侵犯第三方的合法权益；由此引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 车辆位置轨迹、客流、视频、调度记录及乘客刷卡数据均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 系统应满足网络安全等级保护第三级的要求。乙方运维人员须经甲方审批，通过甲方堡垒机访问系统，全部操作留存日志；未经甲方书面同意，不得将任何数据复制出甲方网络。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络结构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成实施的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方交付的设备或软件不符合合同约定的，应负责更换或修复，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 按照招标文件的规定，本项目不允许分包。乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除本合同，并要求乙方返还已付款项、赔偿损失：（一）逾期交付超过60日；（二）验收两次不合格；（三）违反第九条或第十条，情节严重；（四）有其他严重违约行为，经甲方书面催告后15日内仍未纠正。
H:第十四条 适用法律和争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：岳川市交通运输局　　　　乙方（盖章）：江衡智行交通科技有限公司
P:授权代表：＿＿＿＿＿＿　　　　授权代表：＿＿＿＿＿＿
P:日期：2025年　月　日　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h170z02 — 玻纤拉丝厂 漏板温度控制系统 (hardware supply + post-warranty maintenance). .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H170Z02 = """
T:漏板温度控制系统采购及维护合同
P:合同编号：JHBX-SB-2025-066
P:甲方（买方）：嘉禾玻纤股份有限公司，住所：四川省广元市经济技术开发区玻纤产业园2号
P:乙方（卖方）：蓉控自动化设备有限公司，住所：成都市高新区天府五街168号
P:甲方二号池窑拉丝车间新建生产线需配置漏板温度控制系统。经甲方邀请招标评审，乙方中标。双方依据《中华人民共和国民法典》，就设备供货、安装调试及质保期满后的维护服务订立本合同，共同遵守。
H:一、合同标的
P:（一）乙方向甲方供应48套漏板电源控制柜，以及配套的温度采集与控制PLC系统、双铂铑热电偶和上位监控软件，并负责运输、安装、调试、与甲方拉丝机及DCS系统的联调、培训，以及质保期内和质保期满后的维护服务。
P:（二）主要技术要求：
P:1. 漏板温度控制精度±1℃，温度采样周期不大于200毫秒；
P:2. 电源柜采用可控硅调功加隔离变压器方案，单套输出能力满足甲方提供的漏板参数表，并预留10%的余量；
P:3. 上位监控软件可显示每块漏板的温度曲线、电流电压和报警记录，历史数据在线保存不少于三年；
P:4. 系统与甲方DCS之间采用Modbus TCP通讯，点表由双方在设计联络会上联合确认。
P:（三）培训：乙方应在甲方现场为拉丝工段操作人员和仪表维修人员各提供不少于3天的培训，培训结束后经考核合格的人员应能独立完成漏板温度参数设定、热电偶更换和常见报警处理。
H:二、合同价格
P:（一）合同总价为人民币叁佰壹拾玖万元整（¥3,190,000.00），含13%增值税，分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|漏板电源控制柜（含可控硅调功器、隔离变压器）|48套|46,500|2,232,000
TB:2|温度采集与控制PLC系统|1套|386,000|386,000
TB:3|双铂铑热电偶及补偿导线|96支|2,150|206,400
TB:4|上位监控软件许可（永久）|1套|128,000|128,000
TB:|设备及软件小计|||2,952,400
TB:5|安装调试及联调|1项|214,000|214,000
TB:6|培训|1项|23,600|23,600
TB:|合计|||3,190,000
P:（二）上述价格为固定价格，包含运输、保险、装卸、安装调试及质保期内的全部服务费用，甲方不再另行支付任何费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的25%作为预付款，即人民币797,500元。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的45%，即人民币1,435,500元。到货签收仅为数量清点，不构成质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的25%，即人民币797,500元。
P:（四）其余5%，即人民币159,500元，作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
P:（五）乙方每次收款前应向甲方开具等额增值税专用发票。
H:四、交货、安装与逾期责任
P:（一）乙方应在合同生效后75日内将全部设备运至甲方二号池窑车间指定地点，并提供装箱单、合格证和出厂检验报告。
P:（二）安装调试应配合甲方的点火烤窑计划进行。乙方应在甲方通知后10日内派工程师驻场，直至系统通过最终验收。
P:（三）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的10%。
H:五、验收
P:（一）系统投入生产后，由甲方组织最终验收。验收标准为：
P:1. 48块漏板的温度控制精度全部达到±1℃；
P:2. 连续运行72小时，未发生因温控系统原因造成的断电、漏板停炉或断丝；
P:3. 与DCS通讯点表逐点核对无误；
P:4. 上位软件的报警、曲线、报表功能符合本合同第一条的要求；
P:5. 乙方已移交竣工图纸、操作维护手册和PLC源程序。
P:（二）满足上述标准后，双方签署最终验收报告。设备到货、安装完成或甲方投入生产使用，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新组织验收，由此增加的费用由乙方承担。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题造成的故障，乙方免费维修或更换；热电偶非人为损坏的，免费更换。
P:（二）故障响应：一级故障（漏板断电、温控失灵或可能导致停炉的故障）乙方应在30分钟内电话响应，2小时内到达现场；二级故障（单台设备报警、通讯中断等不影响生产的故障）8小时内到达现场。
P:（三）乙方响应或到场超时的，每超时1小时向甲方支付人民币1,500元，甲方可从质量保证金或维护费中直接扣除。
H:七、质保期满后的维护服务
P:（一）质保期满后，乙方提供年度维护服务，内容包括：驻厂工程师一名，每月巡检，控制柜清灰紧固，热电偶年度更换，软件升级和故障维修。服务响应要求及超时扣款同第六条第（二）、（三）项。
P:（二）年度维护费为人民币767,624元，即设备及软件小计的26%，按季度后付。该费用自质保期满起五年内固定不变。
P:（三）维护服务每年签署服务确认单。甲方可在每个维护年度结束前30日书面通知乙方不再续订。
H:八、知识产权
P:（一）上位监控软件的著作权归乙方所有，甲方享有永久使用权。
P:（二）乙方为甲方编制的PLC控制程序、组态画面、通讯点表及调试文档，知识产权归甲方所有。乙方应在最终验收时移交源程序，甲方可自行或委托他人修改使用。
H:九、数据与网络安全
P:（一）漏板温度曲线、工艺参数、配方及生产记录均属于甲方，乙方不得复制、留存或用于本合同以外的任何用途。
P:（二）乙方远程维护须事先经甲方生产部书面批准，通过甲方指定的VPN和审计系统接入，维护结束后立即断开；乙方不得在控制系统中设置任何后门或远程控制程序。
P:（三）因乙方原因造成数据泄露、控制系统被攻击或生产事故的，乙方应在发现后1小时内通知甲方，配合处置，并承担全部赔偿责任。
H:十、保密
P:乙方对履行合同中知悉的甲方工艺技术、漏板设计参数、产能与经营信息负有保密义务，不得向任何第三方披露，保密期限至合同终止后五年。
H:十一、违约责任与责任限额
P:（一）除第四条约定的逾期违约金外，乙方提供的设备不符合约定的，甲方有权要求更换、修理或退货，并要求乙方赔偿损失。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或违反第九条、第十条造成的损失不受此限。
H:十二、分包
P:乙方不得转包本合同。如需将控制柜柜体制作或现场辅助安装分包，须事先取得甲方书面同意，并对分包方的行为承担全部责任。
H:十三、合同解除
P:乙方逾期交货超过45日，或系统两次验收不合格，或有其他严重违约行为经甲方书面催告后15日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：1. 技术协议；2. 设备清单；3. 通讯点表。
P:甲方（盖章）：嘉禾玻纤股份有限公司　　乙方（盖章）：蓉控自动化设备有限公司
P:日期：2025年　月　日　　日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h170z03 — 连锁药房 会员与处方流转 SaaS (three years + 实施). .md, Markdown headings "## 第X条" + 1.1
# ---------------------------------------------------------------------------------------------------------------
H170Z03 = """# 会员与处方流转SaaS服务合同

**合同编号**：BJT-IT-2025-031

**甲方（客户）**：百济堂大药房连锁有限公司，住所：湖南省长沙市岳麓区麓谷大道627号

**乙方（服务商）**：衡芯云健康科技有限公司，住所：杭州市滨江区网商路599号

甲方拟将420家门店的会员管理和电子处方流转业务迁移至云服务。经比选，甲方选定乙方。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

## 第一条 服务内容

1.1 乙方向甲方提供"衡芯药联"会员管理与处方流转SaaS服务（以下简称"本服务"），覆盖甲方420家门店，功能包括：会员注册与积分、会员营销、慢病会员管理、电子处方接收与审方流转、处方药销售登记，以及与甲方ERP、POS、医保结算系统的对接。

1.2 乙方负责实施服务：历史会员数据（约310万条）迁移、420家门店开通配置、三个系统接口开发、审方药师及店员培训。

1.3 订阅服务期限为三年，自本服务正式上线之日起计算。

1.4 乙方应为甲方配备专属客户成功经理和实施项目经理。实施期间项目经理驻甲方总部不少于45个工作日，未经甲方同意不得更换。

## 第二条 费用

2.1 本合同总金额为人民币2,060,000元，明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| SaaS订阅费 | 420家门店 × 1,380元/店/年 × 3年 | 1,738,800 |
| 实施费（数据迁移、门店开通、三个系统接口） | 一次性 | 286,000 |
| 培训费 | 一次性 | 35,200 |
| **合计** | | **2,060,000** |

2.2 订阅期内甲方门店数增加的，按同一单价按月折算计费；门店数减少不超过5%的，费用不变。

## 第三条 付款

3.1 本合同不设预付款。

3.2 实施费和培训费在实施验收合格后15个工作日内一次性支付。

3.3 订阅费按季度后付。每个服务季度结束后，乙方提交服务报告及增值税专用发票，甲方在15个工作日内支付该季度订阅费人民币144,900元。

## 第四条 实施与验收

4.1 乙方应在合同生效后60日内完成实施并提交验收申请。甲方应按实施计划提供历史数据和接口文档。

4.2 验收标准：（1）会员数据迁移后与原系统逐条核对一致，积分余额差异为零；（2）与ERP、POS、医保结算系统的接口连续10个营业日对账无差错；（3）处方从医院端推送至门店审方的端到端时间不超过5秒；（4）抽取不少于30家门店完成会员、处方、结算全流程操作测试。

4.3 满足上述标准的，甲方在5个工作日内签署实施验收单。系统上线、门店开始使用或甲方支付任何款项，均不视为实施验收合格。

4.4 门店开通分三批进行，每批开通前乙方应完成该批门店店员的操作培训，并安排人员在开通首日远程值守。

4.5 因乙方原因未能按期完成实施的，每逾期一日，乙方按合同总金额的万分之六向甲方支付违约金。

## 第五条 服务水平

5.1 本服务按月计算的可用率不低于99.5%，经甲方书面同意的计划内维护除外。

5.2 故障响应：一级故障（处方流转中断或全部门店无法登录）15分钟内响应，2小时内恢复；二级故障（部分门店或部分功能异常）1小时内响应，8小时内恢复；三级故障（咨询及一般问题）在下一个工作日内答复。

5.3 服务补偿：月可用率低于约定值的，当月订阅费按5%抵扣；低于99%的，按10%抵扣。一级故障超过恢复时限的，每超过1小时另抵扣当月订阅费的1%。抵扣金额从下一季度订阅费中扣除。

5.4 乙方应在每月前5个工作日内向甲方提交上月服务报告，内容包括可用率、故障清单及处理情况、接口调用量和安全事件，并每季度与甲方召开一次服务回顾会。

## 第六条 数据归属与使用

6.1 甲方上传及在本服务中产生的会员信息、处方信息和交易记录（以下简称"甲方数据"）归甲方所有。

6.2 甲方同意，乙方可在对甲方数据进行脱敏处理后，将其用于药品消费趋势的行业分析、乙方产品改进，以及向第三方提供统计分析报告；该使用权在本合同终止后继续有效。

6.3 合同终止后30日内，乙方应按甲方要求以通用格式返还甲方数据，并在返还后删除其系统内的甲方数据（第6.2条所述脱敏数据除外）。

## 第七条 数据安全

7.1 本服务部署于中国境内的云平台，已通过网络安全等级保护第三级测评。乙方应对甲方数据采取加密存储、传输加密、访问权限最小化和操作日志审计等措施，处方和个人信息的处理应符合《个人信息保护法》《药品网络销售监督管理办法》的要求。

7.2 发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内通知甲方，配合甲方向监管部门报告，并承担因其原因造成的全部损失，包括甲方向会员承担的赔偿及被处以的罚款。

7.3 乙方每年应委托具备资质的第三方机构对本服务进行一次渗透测试，并将测试结论和整改情况书面告知甲方。

## 第八条 保密

8.1 双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限为合同终止后三年。

8.2 乙方应要求接触甲方信息的员工签署保密协议，并对其员工的泄密行为承担责任。

## 第九条 知识产权

9.1 本服务平台及其标准功能的知识产权归乙方所有。

9.2 乙方为甲方定制开发的三个系统接口、专用报表及其源代码和文档，知识产权归甲方所有；合同终止后甲方可自行或委托第三方使用和修改。

## 第十条 续期

10.1 服务期届满前30日，任何一方未书面提出不续期的，本合同自动续期一年，续期次数不限。

10.2 每次续期时，乙方有权根据市场情况调整订阅单价，调整幅度不超过上一期单价的8%，乙方应在续期前书面通知甲方。

## 第十一条 违约责任

11.1 除本合同另有约定外，任何一方违约的，应赔偿对方因此遭受的损失。

11.2 乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但数据安全事件、侵犯知识产权以及故意或重大过失造成的损失除外。

## 第十二条 分包

12.1 未经甲方事先书面同意，乙方不得将本合同项下的实施、运维工作分包给第三方。

## 第十三条 合同解除

13.1 乙方严重违约，包括实施逾期超过45日、连续两个月可用率低于约定值或发生重大数据安全事件，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。

13.2 合同解除或终止后，乙方应提供不少于60日的数据迁移配合，协助甲方平稳切换至其他系统。

## 第十四条 法律适用与争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同引起的争议，双方协商不成的，提交长沙仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。

15.2 双方的通知应以书面形式发送至本合同首部所列地址或双方确认的电子邮箱。

15.3 附件：1. 功能清单；2. 实施计划；3. 接口规范。附件与本合同具有同等效力。

甲方（盖章）：百济堂大药房连锁有限公司　　　　乙方（盖章）：衡芯云健康科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h170z04 — 县农业农村局 高标准农田物联网监测平台 annual O&M (政府采购 竞争性磋商). .txt, 第X章 / 第X条 / （一）
# ---------------------------------------------------------------------------------------------------------------
H170Z04 = """桐川县高标准农田物联网监测平台运维服务合同

项目编号：TCXCG-2025-CS-018（竞争性磋商）
甲方（采购人）：桐川县农业农村局
地址：桐川县城关镇农丰路16号
乙方（成交供应商）：禾丰智联农业科技有限公司
地址：合肥市蜀山区创新大道2800号

第一章 总则

第一条 根据《中华人民共和国政府采购法》及其实施条例、《政府采购竞争性磋商采购方式管理暂行办法》，甲方通过竞争性磋商确定乙方为成交供应商。磋商文件、乙方响应文件及成交通知书为本合同的组成部分。

第二条 服务期限为一年，自2025年7月1日起至2026年6月30日止。期满后本合同终止，不自动续期；甲方如需继续采购，按政府采购规定另行组织。

第二章 服务内容

第三条 运维对象为桐川县2019—2023年建成的高标准农田物联网监测平台，包括：
（一）墒情监测站64套、小型气象站12套、虫情测报灯18套，合计94台套；
（二）田间视频监控点146路；
（三）县级监测平台软件、数据库及其与省级平台的数据接口。
设备分布于全县11个乡镇的37个高标准农田项目区，设备清单及点位坐标见附件一。

第四条 服务内容：
（一）前端设备每季度巡检不少于一次，汛期及病虫害高发期增加巡检频次；
（二）设备故障维修和易损件更换，备品备件由乙方包干；
（三）平台软件及数据库的日常运维、安全补丁和每日备份；
（四）监测数据质量核查、异常数据标注及按时向省级平台上报；
（五）每季度提交运维报告，服务期满提交年度运维总结；
（六）在汛期、干旱及重大病虫害发生期间，按甲方要求提供应急值守并提高数据采集频次；
（七）组建不少于6人的运维团队，其中至少2名工程师常驻桐川县，并在县城设立备件库；运维人员名单及联系方式报甲方备案，人员变动提前告知甲方；
（八）服务期开始后15日内完成全部设备的首次全面巡检，逐台记录设备状态、供电、通讯和传感器标定情况，形成运维基线报告报甲方确认；首次巡检发现的存量故障应在30日内修复完毕，修复情况纳入第一季度考核。

第三章 服务费用与支付

第五条 合同总价为人民币伍拾伍万肆仟元整（¥554,000），为一年期固定价格，明细如下：
1. 墒情、气象、虫情监测设备运维：94台套×2,400元＝225,600元；
2. 视频监控点运维：146路×680元＝99,280元；
3. 平台软件运维及数据服务：168,000元；
4. 备品备件包干：61,120元。
合计：554,000元。

第六条 服务费按季度支付。每季度结束后，经甲方按第二十条考核合格，甲方在10个工作日内支付当季服务费人民币138,500元。本合同不设预付款。

第四章 服务水平

第七条 故障分级：
（一）一级故障：县级平台整体中断，或向省级平台的数据上报中断；
（二）二级故障：单个监测站点或视频点位离线、数据异常；
（三）三级故障：软件一般功能缺陷及使用咨询。

第八条 响应与修复时限：一级故障，乙方应在8小时内响应，并在次日内恢复；二级故障，乙方应在2个工作日内到场修复；三级故障，乙方应在5个工作日内解决。

第九条 乙方修复超时的，一级故障每超时1小时扣减服务费500元，二级故障每超时1日按每个点位扣减200元。扣减款从当季服务费中扣除。同一点位在一个季度内因同一原因重复发生故障三次以上的，乙方应提交原因分析报告并更换相关部件，费用由乙方承担。

第十条 乙方应建立运维工单台账，故障发现、派单、处理、关闭全过程在平台中留痕，供甲方随时查询。甲方及各乡镇农业综合服务站发现故障的，可通过服务热线或平台报修，乙方应在平台中及时登记。

第五章 数据、安全与保密

第十一条 平台采集、存储的墒情、气象、虫情、视频图像等全部监测数据及平台数据库均归甲方所有。乙方仅可为履行本合同使用上述数据，不得对外提供、出售或用于其他目的。

第十二条 平台按网络安全等级保护第二级定级，乙方应落实相应的安全要求：运维账号实名分配，远程运维须通过甲方指定的VPN接入，操作全程留存日志；乙方不得在平台中留存私有账号或后门。

第十三条 发生数据泄露、篡改、丢失或系统被入侵的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任和相应的法律责任。

第十四条 乙方及其人员对服务中知悉的甲方未公开信息、数据及系统账号负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。

第六章 知识产权

第十五条 乙方在运维过程中为甲方编写的脚本、数据清洗程序、运维报告、台账及技术文档，知识产权归甲方所有。乙方原有工具软件的知识产权仍归乙方，但乙方应保证甲方在合同终止后可正常使用平台。

第七章 分包

第十六条 乙方可将前端设备的外业巡检和现场维修分包给设备所在乡镇的服务单位，但应提前5个工作日书面告知甲方分包单位的名称和联系人。乙方对分包单位的工作质量承担责任。

第八章 违约责任

第十七条 乙方未按第四条完成季度巡检或逾期提交运维报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第十八条 乙方违反第五章约定的，除承担赔偿责任外，甲方有权解除合同。

第十九条 甲方逾期支付服务费的，按逾期金额每日万分之二向乙方支付违约金。甲方应为乙方提供平台运维所需的账号、机房出入及前端点位的现场协调，并及时组织季度考核。因甲方原因导致乙方无法履行的，乙方不承担违约责任。

第九章 考核验收

第二十条 甲方按季度对乙方进行考核，考核内容包括：
（一）巡检计划完成情况及巡检记录；
（二）故障工单处理及时情况；
（三）监测数据按时上报省级平台情况；
（四）运维报告质量。
考核结论分为合格、不合格两档。不合格的，当季服务费暂缓支付，乙方整改后重新考核。服务期满，甲方以四个季度的考核结论和年度运维总结为依据组织年度验收，并出具书面验收意见。年度验收时，乙方应向甲方移交运维台账、设备履历、备件使用记录、平台账号清单及全部技术文档，并配合新的运维单位完成交接。

第十章 合同解除

第二十一条 乙方有下列情形之一的，甲方可书面通知解除合同：
（一）连续两个季度考核不合格；
（二）发生因乙方原因造成的重大数据安全事件；
（三）擅自转包本合同；
（四）有其他严重违约行为，经甲方催告后10日内仍未改正。
合同解除的，服务费按乙方实际提供服务的天数和考核结果结算；乙方应在解除后10日内向甲方移交运维资料、平台账号和备品备件，并配合甲方确定的新运维单位完成交接。

第十一章 法律适用与争议解决

第二十二条 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第二十三条 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。附件：一、运维设备清单及点位；二、考核评分细则；三、乙方响应文件中的服务承诺。

甲方（盖章）：桐川县农业农村局
乙方（盖章）：禾丰智联农业科技有限公司
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h170z05 — 豆瓣酱 maker, WMS licence + custom development on the SUPPLIER'S OWN TEMPLATE (many problems).
#           .md, "### N. 标题" + N.N
# ---------------------------------------------------------------------------------------------------------------
H170Z05 = """# 云仓通WMS软件许可及实施合同

（云仓通标准合同文本 V3.0 · 2024年修订）

合同编号：YCT-2025-0412

- 甲方：蜀红豆瓣食品股份有限公司（住所：成都市郫都区安德街道川菜园区红光路8号）
- 乙方：云仓通供应链科技有限公司（住所：成都市武侯区天府大道北段1700号）

甲方为提升成品库、原辅料库及发酵晒场的仓储管理水平，向乙方采购云仓通WMS软件许可及相关实施服务。双方经友好协商，按照乙方标准合同文本订立本合同。

### 1. 定义与合同标的

1.1 "本软件"指乙方拥有著作权的云仓通WMS仓储管理系统V6，按本合同授权甲方在成品库、原辅料库及发酵晒场三个仓储区域使用，许可用户数为60个。

1.2 "定制开发"指乙方根据甲方需求开发的发酵罐批次追溯、晒露翻醅作业管理模块，以及与甲方金蝶ERP、地磅称重系统的接口。

1.3 乙方负责本软件的安装部署、基础数据初始化、定制开发、上线支持及培训；甲方应提供服务器、网络、RF手持终端等运行环境。

### 2. 合同价款

| 项目 | 金额（元） |
|---|---|
| 云仓通WMS V6 软件许可（永久，三个仓储区域，60个用户） | 620,000 |
| 定制开发（批次追溯、翻醅作业、ERP及称重接口） | 540,000 |
| 实施部署及上线支持 | 118,000 |
| 培训 | 22,000 |
| 合计 | 1,300,000 |

2.1 上述价格不含RF手持终端、标签打印机等硬件，硬件由甲方另行采购。

2.2 甲方在合同签订后提出的需求变更，乙方按每人天2,800元另行收费。

### 3. 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即人民币715,000元。乙方收到该笔款项后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即人民币585,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和维护服务。

### 4. 甲方义务

4.1 甲方应指定项目负责人，及时确认需求说明书、数据模板和上线计划；甲方确认后的需求说明书为定制开发的唯一依据。

4.2 甲方应在乙方要求的期限内提供物料、库位、批次等基础数据，并保证其准确完整。因甲方原因造成的延误，乙方不承担责任。

4.3 甲方应按乙方提供的配置清单准备服务器、数据库、网络及RF手持终端，并在项目启动后15日内完成环境交付。甲方环境不符合要求的，乙方有权暂停实施。

4.4 甲方应安排仓库主管及关键用户全程参与需求调研、系统测试和上线切换，并负责上线前的库存盘点。

### 5. 实施与交付

5.1 乙方计划在收到首期款后90日内完成部署与定制开发并上线。因甲方需求变更、基础数据准备不及时等原因造成的延误，交付期相应顺延。

5.2 项目按需求调研、系统配置、定制开发、用户测试、上线切换五个阶段实施，每个阶段结束时由甲方在阶段确认单上签字；甲方在收到确认单后3个工作日内未签署也未提出书面意见的，视为确认。

5.3 乙方逾期上线的，每逾期一日按合同总价的万分之一向甲方支付违约金，违约金累计不超过合同总价的3%。

### 6. 验收

6.1 系统部署完成并上线运行，即视为甲方验收合格。

6.2 上线后甲方提出的问题，按本合同第7条维护服务处理，不影响验收结论及付款。

### 7. 维护服务

7.1 本软件自上线之日起享有六个月免费维护，内容包括缺陷修复与远程技术支持。

7.2 故障响应：一级故障（系统无法登录、出入库作业无法进行）乙方在10小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。

7.3 乙方将尽力在合理时间内解决故障，但不因响应或解决时间承担任何扣款、赔偿或违约责任。

7.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年度公布的服务价格标准执行。

7.5 下列情形不属于维护范围，乙方可另行收费：甲方或第三方修改系统造成的问题；甲方硬件、网络、操作系统或数据库故障；甲方新增的业务需求；因甲方操作不当导致的数据错误。

### 8. 知识产权

8.1 本软件及其文档的知识产权归乙方所有。

8.2 定制开发成果（包括源代码、接口程序、数据模型和相关文档）的知识产权亦归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权；未经乙方书面同意，甲方不得自行或委托第三方修改、反编译定制开发成果，也不得向第三方提供。

### 9. 数据

9.1 甲方的库存、出入库、批次和客户收货数据（以下简称"业务数据"）归甲方所有。

9.2 甲方同意乙方可对业务数据进行脱敏和汇总处理，用于乙方产品改进、算法训练和行业分析报告，该等脱敏数据的权利归乙方所有。

9.3 乙方对实施及维护期间接触的业务数据采取访问控制和加密措施，远程维护须经甲方授权并留存记录。因乙方原因导致业务数据泄露的，乙方应在发现后2个工作日内通知甲方，并承担相应的赔偿责任。

### 10. 保密

10.1 双方对本合同内容及在履行中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

10.2 乙方的产品报价、实施方法论及系统文档属于乙方商业秘密，甲方不得向其他软件供应商提供。

### 11. 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 无论基于违约、侵权或其他原因，乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据损失。

11.3 乙方未能按期上线的，甲方仅可按第5.3条主张违约金，不得以此为由要求乙方承担其他责任。

### 12. 合同解除

12.1 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除的，甲方已支付的款项不予退还，但因乙方严重违约导致解除的除外。

### 13. 不可抗力

13.1 因地震、洪水、疫情、政府行为等不可抗力导致不能履行的，受影响方应及时通知对方，并在不可抗力影响范围内免除责任。

### 14. 争议解决

14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交乙方所在地的成都仲裁委员会仲裁。

### 15. 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同的任何修改须以书面形式作出并经双方盖章。

15.3 双方的通知以书面形式送达本合同首部所列地址即视为送达。甲方变更联系地址的，应提前书面通知乙方。

15.4 附件：1. 软件功能清单；2. 需求说明书（双方确认后生效）；3. 实施计划。

甲方（盖章）：蜀红豆瓣食品股份有限公司　　　　乙方（盖章）：云仓通供应链科技有限公司

签署日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h170e01 — Jingdezhen porcelain studio: glaze-recipe software perpetual licence + configuration + support.
#           Irish vendor on Inishglora, Irish style. .txt, "Clause N" + N.N
# ---------------------------------------------------------------------------------------------------------------
H170E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

Agreement No. GA-CN-2025-014

THIS AGREEMENT is dated the ____ day of __________ 2025

BETWEEN:

(1) GLAZE ATLAS SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland (company number 648213), having its registered office at The Boathouse, Inishglora, Belmullet, County Mayo, Ireland (the "Supplier"); and

(2) JINGDEZHEN YAOLI PORCELAIN STUDIO CO., LTD., a limited liability company established in the People's Republic of China, having its registered office at No. 37 Taoxichuan Road, Zhushan District, Jingdezhen, Jiangxi Province (the "Customer").

BACKGROUND

(A) The Supplier develops and licenses GlazeLab, software for recording, calculating and testing ceramic glaze recipes and kiln firing schedules.

(B) The Customer operates a porcelain studio with three kilns and wishes to license, configure and obtain support for GlazeLab.

(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).

IT IS AGREED as follows:

Clause 1 Definitions and Interpretation

1.1 In this Agreement: "Acceptance Tests" means the tests described in Clause 6; "Business Day" means a day other than a Saturday, Sunday or public holiday in mainland China; "Configuration Services" means the services described in Clause 4; "Contract Price" means the price stated in Clause 3.1; "Customer Data" means all glaze recipes, raw-material analyses, firing logs and other data supplied by or generated for the Customer; "Deliverables" means everything produced by the Supplier specifically for the Customer under the Configuration Services; "Final Acceptance" means the certificate under Clause 6.3; and "Software" means GlazeLab Studio Edition and the Kiln Link module in object code, with their documentation and updates.

1.2 Clause headings do not affect interpretation. "Including" means "including without limitation".

Clause 2 Licence

2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers and workstations controlled by the Customer in Jingdezhen, for up to 25 named users, for the purposes of the Customer's business and that of its affiliates.

2.2 The Customer may make back-up copies of the Software and shall not reverse engineer it except as permitted by law.

Clause 3 Contract Price and Payment

3.1 The Contract Price is CNY 830,000 (eight hundred and thirty thousand yuan), inclusive of VAT and fixed for the duration of this Agreement. It is made up as follows:
(a) GlazeLab Studio Edition perpetual licence, 25 named users: CNY 468,000;
(b) Kiln Link module perpetual licence: CNY 96,000;
licence subtotal: CNY 564,000;
(c) Configuration Services: CNY 238,000;
(d) on-site training, three days: CNY 28,000;
total: CNY 830,000.

3.2 The Contract Price is payable as follows:
(a) 20% (CNY 166,000) within 30 days after signature of this Agreement, against an advance-payment guarantee for the same amount issued by a bank in mainland China;
(b) 45% (CNY 373,500) within 30 days after installation of the Software on the Customer's servers has been confirmed in writing. Installation is not acceptance;
(c) 35% (CNY 290,500) within 30 days after Final Acceptance.

Clause 4 Configuration Services and Timetable

4.1 The Supplier shall:
(a) install the Software on the Customer's servers;
(b) migrate the Customer's 3,200 historic glaze recipes and 640 firing logs, transcribed by the Customer into the Supplier's import template, into the Software;
(c) configure the Kiln Link connector for the Customer's three kiln controllers so that temperature and atmosphere curves are recorded automatically for each firing;
(d) load the Customer's raw-material analyses and configure unity-formula (Seger) calculations on them;
(e) build six custom reports, including a crawling and pinholing defect tracker; and
(f) deliver three days of training at the Customer's studio.

4.2 The Supplier shall complete installation within 45 days after signature and shall make the Deliverables ready for the Acceptance Tests within 100 days after signature.

4.3 If the Supplier fails to make the Deliverables ready for the Acceptance Tests by the date in Clause 4.2 for reasons not attributable to the Customer, the Supplier shall pay the Customer liquidated damages of CNY 600 for each day of delay, up to a maximum of 10% of the Contract Price. The parties agree that this amount is a genuine pre-estimate of the Customer's loss and not a penalty.

Clause 5 Customer Responsibilities

5.1 The Customer shall provide suitable servers, remote access under Clause 10 and the transcribed recipe data.

Clause 6 Acceptance

6.1 The Acceptance Tests are:
(a) every migrated recipe is reconciled one by one with its source record, with no unresolved discrepancy;
(b) unity-formula calculations for 50 sample recipes chosen by the Customer agree with the reference calculations to two decimal places;
(c) the Kiln Link connector records complete temperature curves from all three kilns for five consecutive firings without data gaps;
(d) the six custom reports produce correct results on the Customer's data; and
(e) no Severity 1 or Severity 2 defect remains open.

6.2 The parties shall carry out the Acceptance Tests within 15 Business Days after notice of readiness. If any test fails, the Supplier shall correct the failure within 15 days and the test shall be repeated.

6.3 When all Acceptance Tests have been passed the Customer shall sign a Final Acceptance certificate. Installation, use of the Software in production or payment of any instalment does not constitute acceptance.

Clause 7 Warranty

7.1 The Supplier warrants that for 18 months from Final Acceptance (the "Warranty Period") the Software and the Deliverables will perform materially in accordance with their documentation and Clause 4. The Supplier shall correct any defect notified during the Warranty Period free of charge.

Clause 8 Support and Service Levels

8.1 Support Services during the Warranty Period are included in the Contract Price. After the Warranty Period the Customer may order Support Services year by year by purchase order. Support Services do not renew automatically.

8.2 The annual support fee is 13% of the licence subtotal, that is CNY 73,320 per year, fixed for the first three support years. Thereafter the Supplier may increase the fee by not more than 3% per year on 90 days' written notice.

8.3 Severity levels and response times (Beijing time, 08:00 to 22:00 every day):
(a) Severity 1 (the Software is unavailable, or Kiln Link stops recording during a firing): response within 2 hours and a workaround within 8 hours;
(b) Severity 2 (a major function is impaired): response within 1 Business Day;
(c) Severity 3 (all other issues): response within 3 Business Days.

8.4 For each hour by which the Supplier misses a Severity 1 response time, the Supplier shall give the Customer a service credit of CNY 800, set off against the next support invoice or, during the Warranty Period, paid within 30 days.

Clause 9 Intellectual Property

9.1 All intellectual property rights in the Software remain with the Supplier and its licensors.

9.2 All intellectual property rights in the Deliverables, including the migrated recipe library, the Kiln Link configuration and scripts and the six custom reports, vest in the Customer on creation. The Supplier hereby assigns them to the Customer and shall deliver their source files. The Customer may use, modify and license the Deliverables freely. The Supplier retains its general skills and know-how.

Clause 10 Customer Data and Data Security

10.1 Customer Data belongs to the Customer. The Supplier may use Customer Data only to perform this Agreement and acquires no right to use it for any other purpose, whether in identifiable, anonymised or aggregated form.

10.2 The Supplier shall access the Customer's systems only through remote sessions opened by the Customer, with multi-factor authentication and session logging, and shall not copy Customer Data outside the Customer's systems. The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

10.3 The Supplier shall notify the Customer within 8 hours of becoming aware of any actual or suspected unauthorised access to, or loss of, Customer Data, shall cooperate fully in containing it and shall be liable for the loss caused by its breach of this Clause 10.

Clause 11 Confidentiality

11.1 Each party shall keep confidential all information of the other party received under this Agreement, including the Customer's glaze recipes and firing schedules, and shall not disclose it to any third party without the other party's prior written consent. This Clause survives termination for five years, and for the Customer's trade secrets for as long as they remain secret.

Clause 12 Limitation of Liability

12.1 The Supplier's total aggregate liability under or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed 150% of the Contract Price.

12.2 Clause 12.1 does not limit liability for death or personal injury caused by negligence, fraud, breach of Clause 10 or Clause 11, or the intellectual property indemnity.

12.3 Neither party is liable for indirect or consequential loss.

Clause 13 Subcontracting and Assignment

13.1 The Supplier shall not subcontract any of its obligations without the Customer's prior written consent and remains responsible for the acts and omissions of any approved subcontractor.

Clause 14 Termination

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which, if capable of remedy, is not remedied within 30 days after written notice, or if the other party becomes insolvent, is wound up or has an examiner or receiver appointed.

14.2 If the Customer terminates under Clause 14.1 before Final Acceptance, the Supplier shall refund all amounts paid.

Clause 15 Force Majeure

15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

Clause 16 Governing Law and Jurisdiction

16.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.

16.2 The courts of Ireland, sitting in Dublin, have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

Clause 17 General

17.1 This Agreement is the entire agreement between the parties. Any variation must be in writing and signed by both parties.

SIGNED for and on behalf of GLAZE ATLAS SOFTWARE LIMITED by its director: ____________________

SIGNED for and on behalf of JINGDEZHEN YAOLI PORCELAIN STUDIO CO., LTD. by its legal representative: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h170e02 — Huangshan hotel: channel-manager SaaS, Order Form + General Terms. German vendor on Mönchswerder,
#           German style. .md, "§ N" + "(1)"
# ---------------------------------------------------------------------------------------------------------------
H170E02 = """# Order Form No. KW-2025-0387

**Supplier:** Kanalwerk GmbH, Inselweg 4, Mönchswerder, Germany, registered in the commercial register of the local court under HRB 31877, represented by its managing directors ("Kanalwerk")

**Customer:** Huangshan Yunhai Mountain Hotel Co., Ltd., No. 9 Yungu Road, Huangshan Scenic Area, Anhui Province, People's Republic of China ("Customer")

**Service:** Kanalwerk Channel Manager, Property Edition, for one hotel with 318 rooms, connected to up to 14 sales channels (online travel agencies, global distribution systems and the Customer's own booking engine), with a two-way interface to the Customer's property management system (PMS).

| Item | Term / quantity | Price (CNY) | Amount (CNY) |
|---|---|---|---|
| Channel Manager subscription, 318 rooms, up to 14 channels | 36 months | 16,800 per month | 604,800 |
| Onboarding: mapping of 14 channels, PMS interface, rate-plan set-up, two training days | one-time | 45,200 | 45,200 |
| **Total contract value** | | | **650,000** |

**Subscription Term:** 36 months from the Go-Live Acceptance under § 4.

**Billing:** the monthly subscription fee is invoiced monthly in arrears; the onboarding fee is invoiced after Go-Live Acceptance. No advance payment is due.

**Special agreements:** At the Customer's request all prices are stated and payable in CNY. Customer data is hosted in mainland China (§ 7). The Customer's named contact for this Order Form is its Director of Revenue.

This Order Form incorporates the General Terms and Conditions of Kanalwerk GmbH for the Channel Manager Service, version 2025-03, printed below. If they conflict, this Order Form prevails.

Signed for Kanalwerk GmbH: ____________________ Signed for the Customer: ____________________

---

## General Terms and Conditions of Kanalwerk GmbH for the Channel Manager Service (version 2025-03)

### § 1 Scope

(1) These General Terms apply to all Order Forms for the Channel Manager Service between Kanalwerk and business customers.

(2) Conflicting or supplementary terms of the Customer apply only if Kanalwerk agrees to them in writing.

### § 2 Subject matter

(1) Kanalwerk provides the Channel Manager as software as a service. The Service distributes room availability, rates and restrictions from the Customer's PMS to the connected channels and returns reservations, modifications and cancellations to the PMS.

(2) Kanalwerk maintains the channel connections and adapts them to changes in the channels' interfaces at its own cost.

(3) The connected channels at the start of the Subscription Term are listed in the onboarding plan agreed with the Customer. The Customer may replace a channel by another channel supported by Kanalwerk once per contract year without extra charge.

(4) Kanalwerk provides new releases of the Service as part of the subscription. It may change features provided that the functions described in this § 2 are not reduced.

### § 3 Onboarding

(1) Kanalwerk carries out the onboarding described in the Order Form: it maps all room types and rate plans to the 14 channels, sets up the PMS interface and trains the Customer's reservations team on two days on site in Huangshan.

(2) Kanalwerk shall reach Go-Live Acceptance within 60 days after signature of the Order Form, provided the Customer supplies its channel credentials and PMS access in time.

(3) The Customer provides the channel credentials, access to its PMS test and production environments and a contact person in its reservations team who is available during the onboarding.

(4) If Go-Live Acceptance is delayed beyond that date for reasons for which Kanalwerk is responsible, Kanalwerk pays a contractual penalty of CNY 500 for each calendar day of delay, up to 5% of the total contract value. Further claims for damages remain unaffected; the penalty is credited against them.

### § 4 Go-Live Acceptance

(1) The onboarding is accepted when a parallel run of seven consecutive days has shown that:
(a) availability, rates and restrictions for all room types are transmitted correctly to all 14 channels;
(b) reservations from every channel reach the PMS within 60 seconds;
(c) no overbooking is caused by the Service; and
(d) the reservations team has completed the training.

(2) The Customer confirms acceptance in text form within five working days after a successful parallel run. The mere use of the Service, or payment, does not constitute acceptance.

### § 5 Availability and support

(1) Kanalwerk makes the Service available at 99.95% per calendar month, measured at the interface of its data centre, excluding maintenance windows announced at least five days in advance and held between 01:00 and 05:00 Beijing time.

(2) Kanalwerk's support desk is reachable around the clock. It responds to Priority 1 incidents (no synchronisation with any channel, or no reservations reaching the PMS) within 30 minutes, to Priority 2 incidents (one channel affected) within 2 hours and to other requests within one working day.

(3) Kanalwerk publishes the current availability of the Service on a status page and sends the Customer a monthly report on availability, incidents and synchronisation errors.

(4) The availability and response values in this § 5 are performance targets. Failure to meet them does not entitle the Customer to service credits, fee reductions or damages.

### § 6 Fees and payment

(1) The fees follow from the Order Form. They are fixed for the Subscription Term.

(2) Invoices are payable within 30 days after receipt, by bank transfer in CNY to the account stated on the invoice.

(3) The Customer may withhold payment of amounts it disputes in good faith, stating its reasons in writing, until the dispute is resolved.

### § 7 Customer data and data protection

(1) All reservation, rate and guest data entered into or received by the Service ("Customer Data") belongs to the Customer. Kanalwerk processes Customer Data only on the Customer's documented instructions and only to provide the Service.

(2) Customer Data is hosted in a data centre in mainland China operated by Shanghai Yunjing Data Services Co., Ltd. Kanalwerk applies encryption in transit and at rest, role-based access with two-factor authentication and complete access logging, and complies with the Personal Information Protection Law of the People's Republic of China.

(3) Kanalwerk notifies the Customer without undue delay, and in any case within 12 hours, of any breach of the security of Customer Data, supports the Customer in notifying guests and authorities and is liable for the damage caused by its breach of this § 7.

(4) At the end of the Subscription Term Kanalwerk returns the Customer Data in a common format and then deletes it.

### § 8 Confidentiality

(1) Each party keeps confidential all information of the other party that is marked confidential or is by its nature confidential, in particular rates, occupancy and guest data, and uses it only for this contract.

(2) This obligation continues for three years after the end of the contract.

### § 9 Rights of use

(1) Kanalwerk retains all rights in the Service and its software. The Customer receives a simple, non-transferable right to use the Service for the Subscription Term.

(2) The channel mappings, rate-plan configurations and PMS interface settings created for the Customer in the onboarding belong to the Customer. The Customer may use and modify them freely and may hand them over to a successor provider.

### § 10 Subcontractors

(1) Kanalwerk may use subcontractors only with the Customer's prior written consent. The hosting provider named in § 7 (2) is approved with the signature of the Order Form.

(2) Kanalwerk remains responsible for its subcontractors as for its own conduct.

### § 11 Liability

(1) Kanalwerk is liable without limitation for intent and gross negligence and for injury to life, body or health.

(2) In all other cases Kanalwerk's total liability under the contract, for whatever legal reason, is limited to the fees paid by the Customer for the six months preceding the event giving rise to the claim.

(3) Liability for lost profit and indirect damage is excluded, except in the cases of paragraph (1).

### § 12 Term and termination

(1) The contract runs for the Subscription Term stated in the Order Form. It ends when that term expires and does not renew automatically; an extension requires a new Order Form.

(2) The right of either party to terminate for good cause remains unaffected. Good cause for the Customer exists in particular if Kanalwerk commits a material breach of the contract and does not remedy it within 14 days after a written warning.

(3) Notice of termination must be given in writing. After termination Kanalwerk keeps the Service available for 30 days in read-only mode so that the Customer can export its data and move its channel connections to a successor provider.

### § 13 Governing law and place of jurisdiction

(1) The contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the contract is Hamburg, Germany.

### § 14 Final provisions

(1) Amendments and additions to the contract must be made in writing. This also applies to any waiver of this written-form requirement.

(2) Should any provision of these General Terms be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision by a valid provision that comes closest to its economic purpose.
"""

# ---------------------------------------------------------------------------------------------------------------
# h170e03 — Qinzhou oyster-raft farm: salinity sensors + maintenance. French integrator on the Île d'Aix, buyer's
#           paper (French-style articles). .docx, "Article N – Title", Word price table + fault table
# ---------------------------------------------------------------------------------------------------------------
H170E03 = """
T:Contract for the Supply, Installation and Maintenance of a Raft Salinity Monitoring System
P:Contract No. QZMW-2025-SB-09 (Buyer's standard form of supply contract)
P:BETWEEN: Qinzhou Maowei Sea Oyster Aquaculture Co., Ltd., a company established under the laws of the People's Republic of China, having its registered office at No. 21 Longmen Port Road, Qinnan District, Qinzhou, Guangxi, represented by its legal representative (hereinafter the "Buyer"),
P:AND: Capteurs de l'Aix SAS, a French simplified joint-stock company with a share capital of EUR 120,000, registered with the Trade and Companies Register of La Rochelle under number 891 402 377, having its registered office at 5 rue Napoléon, 17123 Île-d'Aix, France, represented by its President (hereinafter the "Integrator"),
P:hereinafter referred to individually as a "Party" and together as the "Parties".
H:Preamble
P:The Buyer farms oysters on 420 floating rafts in the Maowei Sea. Sudden falls in salinity after heavy rain on the Qin and Maoling rivers have caused repeated losses of spat and market-size oysters. The Buyer therefore wishes to install a network of salinity and temperature sensors on its rafts, with alarms that allow its crews to move rafts or close sluices in time. Following a comparison of three offers, the Buyer selected the Integrator. At the Buyer's request, all prices are expressed and payable in Chinese Yuan (CNY). The Parties have therefore agreed as follows.
H:Article 1 – Purpose
P:1.1 The Integrator shall supply, install on the Buyer's rafts, calibrate and commission a salinity monitoring system consisting of 36 sensor buoys, 6 radio gateways, spare sensor heads and monitoring software (the "System"), train the Buyer's staff, and maintain the System during the warranty period and, if the Buyer so orders, after it.
P:1.2 The technical requirements are set out in Annex 1 (Technical Specification). Each buoy measures conductivity, salinity, water temperature and depth every five minutes and transmits the readings to the Buyer's server through the gateways and a cellular (LTE) uplink.
H:Article 2 – Contractual documents
P:2.1 The Contract consists of the following documents, listed in order of precedence: this Contract; Annex 1, Technical Specification; Annex 2, Acceptance Test Plan; Annex 3, List of approved subcontractors; the Integrator's technical offer of 14 March 2025.
H:Article 3 – Price
P:3.1 The total price of the Contract (the "Contract Price") is CNY 1,040,000, all taxes included, firm and not subject to revision. It breaks down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Sensor buoy with conductivity/salinity, temperature and depth sensors, solar power|36|18,600|669,600
TB:2|Radio gateway with LTE uplink|6|12,400|74,400
TB:3|Spare sensor heads|24|3,150|75,600
TB:4|Monitoring software licence (perpetual)|1|86,000|86,000
TB:|Equipment and licence subtotal|||905,600
TB:5|Installation on rafts, calibration and commissioning|1|118,400|118,400
TB:6|Training (two sessions)|1|16,000|16,000
TB:|Contract Price|||1,040,000
H:Article 4 – Payment terms
P:4.1 The Contract Price shall be paid by bank transfer in CNY as follows: (a) an advance of 20% (CNY 208,000) within 15 days after signature, against an advance-payment guarantee issued by a bank in mainland China; (b) 50% (CNY 520,000) after delivery and installation of all buoys and gateways, as recorded in a delivery report, it being specified that the delivery report does not constitute acceptance; (c) 25% (CNY 260,000) after Final Acceptance; (d) the balance of 5% (CNY 52,000) as a retention, released at the end of the warranty period provided that no defect remains open.
H:Article 5 – Delivery, installation and delay penalties
P:5.1 The Integrator shall deliver the equipment to the Buyer's base at Longmen Port within 70 days after signature and complete installation and calibration within 100 days after signature, working from boats provided by the approved local boat operator under Article 14.
P:5.2 If the Integrator fails to meet either date for reasons not attributable to the Buyer or to force majeure, it shall pay the Buyer, without prior formal notice, a penalty of 0.1% of the Contract Price per calendar day of delay, capped at 10% of the Contract Price.
H:Article 6 – Acceptance
P:6.1 After installation the System shall run for a trial period of 30 days. Final Acceptance shall be pronounced when the following criteria of Annex 2 are met: (a) the salinity readings of every buoy deviate by no more than 0.2 PSU from laboratory analyses of water samples taken at the buoy on three separate days; (b) readings from every buoy reach the Buyer's server for at least 27 of the 30 days; (c) low-salinity alarms are sent by text message to the raft crews within two minutes of the threshold being crossed; (d) the documentation and the calibration certificates have been handed over.
P:6.2 Final Acceptance is recorded in a report signed by both Parties. Neither delivery, installation nor use of the System by the Buyer constitutes acceptance. If the criteria are not met, the Integrator shall remedy the defects within 15 days and the trial period shall be repeated.
H:Article 7 – Warranty
P:7.1 The System is warranted against any defect in design, materials or workmanship for 24 months from the date of Final Acceptance. During this period the Integrator shall repair or replace any defective item free of charge, including transport to and from the rafts and recalibration.
H:Article 8 – Maintenance after the warranty
P:8.1 After the warranty period the Buyer may order annual maintenance, comprising quarterly cleaning of biofouling, recalibration, replacement of worn sensor heads and software updates, for a fixed annual fee of CNY 81,504, being 9% of the equipment and licence subtotal. This fee shall not be increased during the first three maintenance years.
P:8.2 Maintenance is ordered year by year by purchase order. There is no tacit renewal.
H:Article 9 – Service levels
P:9.1 The Integrator shall respond to faults and restore the System within the following times, both during the warranty period and under any maintenance order:
TB:Fault level|Definition|Response|On site|Restoration
TB:Critical|No data from six or more buoys, or alarms not sent|1 hour|8 hours|2 days
TB:Major|No data from one to five buoys|2 hours|2 days|3 days
TB:Minor|Other faults and questions|1 working day|as agreed|5 working days
P:9.2 For each hour by which the Integrator exceeds a response or on-site time for a Critical fault, the Integrator shall pay a penalty of CNY 500, which the Buyer may deduct from the retention or any sum due.
H:Article 10 – Intellectual property
P:10.1 The monitoring software remains the property of its publisher; the Buyer receives a perpetual licence to use it.
P:10.2 The configuration, dashboards, alarm rules, calibration files and documentation produced specifically for the Buyer under the Contract belong to the Buyer, which may use, modify and communicate them to third parties freely.
H:Article 11 – Data and security
P:11.1 All measurements, positions and alarm records produced by the System belong to the Buyer. They are stored on the Buyer's server in Qinzhou, and the Integrator may use them only to perform the Contract.
P:11.2 The Integrator shall access the System remotely only through accounts issued by the Buyer, with two-factor authentication and logging. It shall not copy data outside the Buyer's server and shall comply with the laws of the People's Republic of China on data and network security.
P:11.3 The Integrator shall inform the Buyer within 8 hours of any security incident affecting the System and shall be liable for any damage caused by its breach of this Article.
H:Article 12 – Confidentiality
P:12.1 Each Party shall keep confidential the information it receives from the other Party in connection with the Contract, in particular the Buyer's production figures, raft layout and measurement data, and shall not disclose it to third parties without prior written consent, during the Contract and for five years thereafter.
H:Article 13 – Liability
P:13.1 The Integrator's total liability under the Contract is limited to twice the Contract Price. This limit does not apply to bodily injury, wilful misconduct, gross negligence or breach of Articles 11 and 12.
H:Article 14 – Subcontracting
P:14.1 The Integrator may not subcontract all or part of the Contract without the Buyer's prior written consent. The local boat operator listed in Annex 3 is approved by the signature of the Contract. The Integrator remains fully responsible for its subcontractors.
H:Article 15 – Termination
P:15.1 If the Integrator fails to perform a material obligation and does not remedy the failure within 15 days after a formal notice sent by registered letter, the Buyer may terminate the Contract by right, without prejudice to any damages.
H:Article 16 – Force majeure
P:16.1 Neither Party shall be liable for a failure caused by force majeure, including typhoons declared by the Guangxi meteorological authorities. The affected Party shall notify the other Party promptly.
H:Article 17 – Governing law and disputes
P:17.1 The Contract is governed by the law of the People's Republic of China.
P:17.2 Any dispute arising from the Contract shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning, in accordance with its rules in force.
H:Article 18 – Miscellaneous
P:18.1 The Contract is made in two original copies in English, one for each Party, and enters into force on the date of its signature by both Parties.
P:Done at Qinzhou, on ____________ 2025.
P:For the Buyer: ____________________    For the Integrator: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h170e04 — Xiamen fintech start-up: managed IT + desktop support. Provider on Luing, Scottish style.
#           .pdf (wrap_words=True), "N. HEADING" + N.N
# ---------------------------------------------------------------------------------------------------------------
H170E04 = """
T:MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT
P:between
P:SLATE ISLE MANAGED SERVICES LIMITED, incorporated under the Companies Acts (registered number SC704415) and having its registered office at 3 Harbour Row, Cullipool, Isle of Luing, Argyll PA34 4UB, Scotland (the "Provider")
P:and
P:XIAMEN LANHAI FINTECH CO., LTD., a limited liability company established in the People's Republic of China and having its registered office at Unit 1203, No. 8 Guanri Road, Siming District, Xiamen, Fujian Province (the "Customer")
H:WHEREAS
P:(A) The Customer develops payment-reconciliation software for small merchants, has 140 staff in its Xiamen office and wishes to outsource the management of its desktops, servers and network.
P:(B) The Provider operates a service desk and remote monitoring centre and employs engineers in Xiamen through its branch office.
P:(C) At the Customer's request all charges under this Agreement are stated and payable in Chinese Yuan (CNY).
P:NOW THEREFORE the parties agree as follows:
H:1. DEFINITIONS
P:1.1 In this Agreement: "Charges" means the Monthly Charges and the Transition Charge; "Customer Data" means all data of the Customer and its clients processed by the Provider; "Initial Term" means the period of 24 months from the Service Commencement Date; "Service Commencement Date" means the date of the certificate issued under clause 4.3; "Service Credits" means the credits set out in clause 5.4; and "Services" means the services described in clause 3.
H:2. COMMENCEMENT AND DURATION
P:2.1 This Agreement takes effect on the date of its execution by both parties and continues for the Initial Term.
P:2.2 On the expiry of the Initial Term this Agreement shall continue from year to year by tacit relocation unless either party gives the other not less than 90 days' written notice before the end of the Initial Term or of any subsequent year.
P:2.3 The Provider may increase the Monthly Charges with effect from the start of any renewal year by giving the Customer not less than 60 days' written notice of the new charges.
H:3. THE SERVICES
P:3.1 The Provider shall provide: (a) a service desk for the Customer's 140 users by telephone, chat and email; (b) desktop support for Windows and macOS laptops, including one engineer on site at the Customer's office on every business day; (c) monitoring, patching and administration of the Customer's 22 servers, firewalls, switches and Wi-Fi; (d) daily monitoring of backups and a quarterly restore test; and (e) endpoint security management and monthly vulnerability reports.
P:3.2 The Provider shall perform the Services with the skill and care of a competent provider of managed IT services and in accordance with the Customer's written IT policies notified to it.
P:3.3 The Services do not include software development, the purchase of hardware or licences, or work on systems hosted by the Customer's cloud providers, except that the Provider shall manage the Customer's accounts with those providers and shall raise and follow up incidents with them on the Customer's behalf.
P:3.4 The Provider shall meet the Customer's IT manager monthly to review incidents, service levels, risks and planned changes, and shall provide a written service report before each meeting.
H:4. TRANSITION AND SERVICE COMMENCEMENT
P:4.1 The Provider shall complete the transition of the Services from the Customer's internal team within 45 days after the execution of this Agreement, following the transition plan agreed between the parties.
P:4.2 Transition is complete when: (a) all 140 users and 22 servers are enrolled in the Provider's monitoring and ticketing tools; (b) the Provider has delivered an accurate network diagram and asset register; (c) a full restore of one production server from backup has been carried out successfully; and (d) twenty test tickets across all priorities have been resolved within the times in clause 5.
P:4.3 When the criteria in clause 4.2 are met the Customer shall issue a Service Commencement certificate. Use of the Services during transition does not constitute acceptance.
P:4.4 If the Service Commencement Date has not occurred within the period in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 1,800 for each day of delay, up to a maximum of CNY 90,000.
H:5. SERVICE LEVELS
P:5.1 Priority 1 incidents (a server, the firewall or the office network is down, or a security incident is suspected) shall be responded to within 30 minutes at all times and resolved or worked around within 6 hours.
P:5.2 Priority 2 incidents (a service is degraded or a group of users is affected) shall be responded to within 1 hour during business hours; Priority 3 requests within one business day.
P:5.3 The managed servers and network shall be available 99.95% of each calendar month, excluding maintenance windows agreed in advance with the Customer.
P:5.4 For each month in which a service level is missed, the Customer shall receive a Service Credit of 5% of that month's Monthly Charges for each missed Priority 1 response or resolution time, and 10% if availability falls below the level in clause 5.3, up to a total of 25% of the Monthly Charges for that month. Service Credits are deducted from the next invoice.
H:6. CHARGES AND PAYMENT
P:6.1 The Charges are as follows: desktop support and service desk, 140 users at CNY 420 per user per month, CNY 58,800 per month; server and network management, CNY 26,500 per month; Monthly Charges in total, CNY 85,300; Transition Charge (one-time), CNY 62,800. The total Charges for the Initial Term are CNY 2,110,000.
P:6.2 The Monthly Charges are invoiced monthly in arrears. The Transition Charge is invoiced on the Service Commencement Date. No sum is payable in advance.
P:6.3 Invoices are payable within 30 days of receipt. Users added or removed during a month are charged at CNY 420 per user per month, pro rata.
H:7. CUSTOMER DATA AND SECURITY
P:7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only on the Customer's written instructions and only for the purpose of providing the Services, and shall not use it for any other purpose.
P:7.2 The Provider shall maintain ISO/IEC 27001 certification for its service desk and monitoring centre, use multi-factor authentication for every administrative account, access the Customer's systems only through the Customer's privileged-access gateway with session recording, keep Customer Data in mainland China and comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:7.3 The Provider shall notify the Customer within 2 hours of becoming aware of any actual or suspected security incident affecting Customer Data, shall assist in containing and investigating it and shall be liable for the loss caused by its breach of this clause 7.
H:8. CONFIDENTIALITY
P:8.1 Each party shall keep confidential the other party's confidential information, including the Customer's source code, client lists, transaction data and security arrangements, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for five years after termination.
H:9. INTELLECTUAL PROPERTY
P:9.1 The Provider's tools and monitoring software remain the Provider's property.
P:9.2 The network diagrams, asset register, runbooks, scripts and configurations created by the Provider for the Customer belong to the Customer, which may use, modify and give them to any successor provider without restriction.
H:10. PERSONNEL AND SUBCONTRACTING
P:10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor. The Provider's on-site engineers shall be vetted in accordance with the Customer's security policy.
H:11. LIABILITY
P:11.1 The Provider's total liability under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed 150% of the total Charges for the Initial Term.
P:11.2 Clause 11.1 does not apply to death or personal injury caused by negligence, fraud, or breach of clauses 7 and 8.
P:11.3 Neither party is liable for indirect or consequential loss.
H:12. REMEDIES AND TERMINATION
P:12.1 The Customer's remedies for any failure by the Provider to perform the Services are the Service Credits and, where applicable, damages subject to clause 11. Neither party shall be entitled to rescind or terminate this Agreement on account of any breach by the other party, however material, and any right to rescind for material breach at common law is excluded.
P:12.2 The Provider may terminate this Agreement on 30 days' written notice if the Customer fails to pay an undisputed invoice within 60 days after its due date.
P:12.3 On expiry or termination the Provider shall provide up to 30 days of exit assistance at the rates then agreed and shall return all Customer Data and documentation.
H:13. GOVERNING LAW AND DISPUTES
P:13.1 At the Customer's request this Agreement is governed by the law of the People's Republic of China.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules.
H:14. GENERAL
P:14.1 This Agreement is the entire agreement between the parties. No variation is effective unless made in writing and signed by both parties. This Agreement may be executed in counterpart.
P:14.2 Notices under this Agreement shall be given in writing to the addresses stated above, or to such other address as a party notifies to the other, and are effective on receipt.
P:IN WITNESS WHEREOF these presents are executed as follows:
P:Subscribed for and on behalf of SLATE ISLE MANAGED SERVICES LIMITED at Cullipool on ____________ 2025 by ____________________, Director
P:Subscribed for and on behalf of XIAMEN LANHAI FINTECH CO., LTD. at Xiamen on ____________ 2025 by ____________________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h170e05 — Hami melon exporter: export-licence API subscription + integration. Vendor on the Isola del Tino,
#           Italian style. .txt, "Art. N (title)" + N.N
# ---------------------------------------------------------------------------------------------------------------
H170E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
TinoGate Export Licence Data API

between

TINO TRADE COMPLIANCE S.r.l., with registered office at Località Isola del Tino, 19025 Portovenere (SP), Italy, tax code and VAT number IT 01487290113, registered with the Register of Companies of the Riviere di Liguria, in the person of its legal representative pro tempore (hereinafter the "Vendor")

and

HAMI RUITIAN MELON EXPORT CO., LTD., a limited liability company established in the People's Republic of China, with registered office at No. 66 Guangming Road, Yizhou District, Hami, Xinjiang Uygur Autonomous Region, in the person of its legal representative (hereinafter the "Customer")

(the Vendor and the Customer, hereinafter jointly the "Parties")

WHEREAS

a) the Vendor operates TinoGate, an online service that, through an application programming interface (the "API"), provides the import requirements of destination countries for fresh fruit, the status of export licences and phytosanitary certificates, maximum residue limits by destination and automated pre-checks of export documents;

b) the Customer exports fresh Hami melons by rail and air to Central Asia, the Middle East and South-East Asia and wishes to subscribe to the API and to have it integrated with its export documentation system;

c) at the Customer's request all fees under this Agreement are stated and payable in Chinese Yuan (CNY);

d) the above recitals form an integral and substantive part of this Agreement;

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Definitions)

1.1 In this Agreement: "Activation Date" means the date on which the Vendor gives the Customer production access to the API; "Connector" means the software component developed by the Vendor to connect the API with the Customer's export documentation system; "Customer Data" means all shipment, consignee, grower, packing-house and document data submitted by the Customer; "Integration Services" means the services described in Art. 6; and "Subscription Term" means the period described in Art. 3.

Art. 2 (Subject matter)

2.1 The Vendor grants the Customer access to the API for up to 60,000 calls per month, for the destination markets listed in Annex A, and shall perform the Integration Services.

2.2 The Vendor shall keep the import requirements and maximum residue limits in the API up to date and shall reflect any change published by an authority of a destination market within five working days of publication.

2.3 The information returned by the API supports, but does not replace, the Customer's own checks. The Vendor shall, however, correct any error in the data it supplies within two working days of notice and shall tell the Customer which shipments processed in the previous 90 days may have been affected.

Art. 3 (Duration and renewal)

3.1 The Subscription Term is three years from the Activation Date.

3.2 At the end of the Subscription Term the Agreement is renewed for successive periods of one year each, at the same annual fee, unless either Party gives notice of non-renewal by registered letter or certified email at least 60 days before the expiry date.

Art. 4 (Fees)

4.1 The fees are as follows: Annual Subscription Fee, CNY 186,000 per year, that is CNY 558,000 for the three-year Subscription Term; Integration Fee, one-time, CNY 172,000. The total value of the Agreement is CNY 730,000, inclusive of taxes.

4.2 The fees are fixed for the Subscription Term. API calls above the monthly allowance are not charged; the Vendor may throttle them.

Art. 5 (Invoicing and payment)

5.1 On signature of this Agreement the Vendor invoices the Annual Subscription Fee for the first year together with 50% of the Integration Fee, that is CNY 272,000 in total, payable within 15 days of the invoice date. The Vendor activates the API only after receipt of this payment.

5.2 The remaining 50% of the Integration Fee (CNY 86,000) is invoiced after the Integration Acceptance under Art. 6.

5.3 The Annual Subscription Fee for the second and third years is invoiced at the start of each subscription year and is payable within 30 days.

Art. 6 (Integration Services and acceptance)

6.1 The Vendor shall develop the Connector, map the Customer's document templates for nine destination markets to the API, set up automatic pre-checks of phytosanitary certificate applications and train the Customer's documentation team.

6.2 The Vendor shall make the Connector ready for acceptance testing within 75 days after the Activation Date. For each day of delay attributable to the Vendor, the Vendor shall pay a penalty of CNY 700, up to a maximum of CNY 36,000, without prejudice to compensation for further damage.

6.3 The Customer provides the Vendor with test access to its export documentation system, sample documents for each market and a contact person in its documentation team. The Vendor trains the Customer's documentation team in two sessions held remotely in Chinese.

6.4 Integration Acceptance requires that: (a) 200 test shipments chosen by the Customer across all nine markets are processed through the Connector with correct pre-check results; (b) every requirement that should be flagged is flagged; (c) the Connector returns results within three seconds for each shipment; and (d) the operating manual has been delivered. The Parties sign an acceptance report. Production use of the Connector does not constitute acceptance.

Art. 7 (Service levels)

7.1 The API shall be available 99.95% of each calendar month, excluding scheduled maintenance announced at least three working days in advance.

7.2 The Vendor shall respond to Priority 1 incidents (the API is unavailable, or returns incorrect licence status for all requests) within 1 hour at any time of day, and to Priority 2 incidents within one working day.

7.3 If monthly availability falls below the level in Art. 7.1, or a Priority 1 response time is missed, the Vendor grants a service credit of 10% of one twelfth of the Annual Subscription Fee for each such event, deducted from the next invoice.

Art. 8 (Intellectual property)

8.1 TinoGate, the API and the underlying databases are and remain the exclusive property of the Vendor.

8.2 The Connector, the template mappings and all other results of the Integration Services, including their source code and documentation, are and remain the exclusive property of the Vendor, even though developed specifically for the Customer. The Customer receives a non-exclusive, non-transferable licence to use them for the Subscription Term only and may not modify them or have them modified by third parties.

Art. 9 (Customer Data)

9.1 Customer Data belongs to the Customer. The Vendor processes it only to provide the API and the Integration Services and shall not use it for any other purpose, including in aggregated or anonymised form.

9.2 On termination the Vendor returns the Customer Data in a common format within 30 days and then deletes it.

Art. 10 (Data security)

10.1 Customer Data is processed on servers located in mainland China operated by the hosting provider named in Annex C. The Vendor applies encryption in transit and at rest, access control with two-factor authentication and complete access logs, and complies with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

10.2 The Vendor notifies the Customer within 12 hours of any security incident concerning Customer Data, cooperates in its management and is liable for the damage caused by its breach of this Art. 10.

Art. 11 (Confidentiality)

11.1 Each Party shall keep confidential all information received from the other Party in connection with this Agreement, in particular the Customer's buyers, volumes and prices, and shall not disclose it to third parties without prior written consent, for the duration of the Agreement and for five years after its end.

Art. 12 (Liability)

12.1 The Vendor's total liability under this Agreement shall not exceed 150% of the total value of the Agreement stated in Art. 4.1.

12.2 The limit in Art. 12.1 does not apply in cases of wilful misconduct or gross negligence, or to breach of Art. 10 and Art. 11.

Art. 13 (Subcontracting)

13.1 The Vendor may not subcontract the performance of this Agreement, in whole or in part, without the Customer's prior written consent. The hosting provider named in Annex C is approved on signature. The Vendor remains responsible for its subcontractors.

Art. 14 (Express termination)

14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days of a written warning, or if monthly API availability falls below 99% in any two consecutive months.

14.2 On termination by the Customer under Art. 14.1, the Vendor refunds the part of the Annual Subscription Fee relating to the period after termination.

Art. 15 (Governing law and disputes)

15.1 At the Customer's request this Agreement is governed by the law of the People's Republic of China.

15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force at the time.

Art. 16 (Final provisions)

16.1 Any amendment to this Agreement must be made in writing and signed by both Parties. The Annexes form an integral part of this Agreement: Annex A, destination markets; Annex B, test plan; Annex C, approved hosting provider.

16.2 Notices shall be given in writing to the registered offices stated above, by registered letter, courier or certified email, and take effect on receipt.

16.3 The Customer declares that it has read and specifically approves the following clauses: Art. 3 (Duration and renewal), Art. 5 (Invoicing and payment), Art. 8 (Intellectual property) and Art. 12 (Liability).

Place and date: ____________________

The Vendor: ____________________          The Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, source)
    "h170z01": ("h170z01_city_transport_bus_dispatch_integration.docx", "docx", H170Z01),
    "h170z02": ("h170z02_glass_fibre_bushing_temperature_control.pdf", "pdf", H170Z02),
    "h170z03": ("h170z03_pharmacy_chain_member_prescription_saas.md", "md", H170Z03),
    "h170z04": ("h170z04_county_farmland_iot_platform_om.txt", "txt", H170Z04),
    "h170z05": ("h170z05_bean_paste_wms_supplier_template.md", "md", H170Z05),
    "h170e01": ("h170e01_porcelain_glaze_software_licence_irish_vendor.txt", "txt", H170E01),
    "h170e02": ("h170e02_hotel_channel_manager_saas_german_vendor.md", "md", H170E02),
    "h170e03": ("h170e03_oyster_raft_salinity_sensors_french_integrator.docx", "docx", H170E03),
    "h170e04": ("h170e04_fintech_managed_it_desktop_scottish_provider.pdf", "pdf", H170E04),
    "h170e05": ("h170e05_melon_export_licence_api_italian_vendor.txt", "txt", H170E05),
}
SOURCES = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}


def read_back(path: Path) -> str:
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


# Values that would sit exactly on a policy threshold (30 % prepayment, 4 h response, 99.9 % availability,
# 0.05 %/day LD, 15 % post-warranty fee, 100 % cap, 12 months warranty, 40 % TCO share) — none may appear.
THRESHOLD_PATTERNS = [
    r"(?<![\d.])30\s*[%％]", r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.])4\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)", r"四个?小时", r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])99\.9(?![\d])\s*[%％]?", r"百分之九十九点九(?![\d一二三四五六七八九零])",
    r"(?<![\d.])0?\.05\s*[%％]", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.])15\s*[%％]", r"百分之十五",
    r"(?<![\d.])100\s*[%％]", r"百分之(?:一)?百",
    r"(?<![\d.])12\s*(?:个)?(?:月|months?)", r"十二个月", r"\btwelve\s*(?:\(12\)\s*)?months?", r"一年质保|质保期(?:为)?一年|one[- ]year warranty",
    r"(?<![\d.])40\s*[%％]", r"百分之四十",
]


def scan(text: str) -> list[str]:
    """The text as read back, and again with its line breaks removed (a PDF line may break inside "4小时")."""
    hits = []
    for variant in (text, text.replace("\n", "")):
        for pat in THRESHOLD_PATTERNS:
            for m in re.finditer(pat, variant, flags=re.I):
                hits.append("%r: …%s…" % (m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return sorted(set(hits))


def text_length(text: str, lang: str) -> str:
    if lang == "zh":
        return "%d characters (%d without whitespace)" % (len(text), len(re.sub(r"\s", "", text)))
    return "%d words, %d characters" % (len(text.split()), len(text))


# ---------------------------------------------------------------------------------------------------------------
# Price and payment sums (asserted), numeric labels (computed here), labels, rule re-application
# ---------------------------------------------------------------------------------------------------------------
def check_sums():
    # z01
    z01_hw = 1260 * 3850 + 1186000 + 642000 + 1380000
    assert 1260 * 3850 == 4851000 and z01_hw == 8059000
    assert z01_hw + 968000 + 586000 + 47000 == 9660000
    assert 9660000 * 20 // 100 == 1932000 and 9660000 * 45 // 100 == 4347000 and 9660000 * 35 // 100 == 3381000
    assert 1932000 + 4347000 + 3381000 == 9660000
    assert 8059000 * 8 // 100 == 644720
    # z02
    z02_hw = 48 * 46500 + 386000 + 96 * 2150 + 128000
    assert 48 * 46500 == 2232000 and 96 * 2150 == 206400 and z02_hw == 2952400
    assert z02_hw + 214000 + 23600 == 3190000
    assert (797500, 1435500, 797500, 159500) == tuple(3190000 * x // 100 for x in (25, 45, 25, 5))
    assert 797500 + 1435500 + 797500 + 159500 == 3190000
    assert 2952400 * 26 // 100 == 767624
    # z03
    assert 420 * 1380 * 3 == 1738800 and 1738800 + 286000 + 35200 == 2060000 and 420 * 1380 / 4 == 144900
    # z04
    assert 94 * 2400 == 225600 and 146 * 680 == 99280 and 64 + 12 + 18 == 94
    assert 225600 + 99280 + 168000 + 61120 == 554000 and 554000 / 4 == 138500
    # z05
    assert 620000 + 540000 + 118000 + 22000 == 1300000
    assert 1300000 * 55 // 100 == 715000 and 1300000 * 45 // 100 == 585000 and 715000 + 585000 == 1300000
    # e01
    assert 468000 + 96000 == 564000 and 564000 + 238000 + 28000 == 830000
    assert (166000, 373500, 290500) == tuple(830000 * x // 100 for x in (20, 45, 35))
    assert 166000 + 373500 + 290500 == 830000 and 564000 * 13 // 100 == 73320
    # e02
    assert 16800 * 36 == 604800 and 604800 + 45200 == 650000
    # e03
    e03_hw = 36 * 18600 + 6 * 12400 + 24 * 3150 + 86000
    assert 36 * 18600 == 669600 and 6 * 12400 == 74400 and 24 * 3150 == 75600 and e03_hw == 905600
    assert e03_hw + 118400 + 16000 == 1040000
    assert (208000, 520000, 260000, 52000) == tuple(1040000 * x // 100 for x in (20, 50, 25, 5))
    assert 208000 + 520000 + 260000 + 52000 == 1040000 and 905600 * 9 // 100 == 81504
    # e04
    assert 140 * 420 == 58800 and 58800 + 26500 == 85300 and 85300 * 24 == 2047200 and 2047200 + 62800 == 2110000
    # e05
    assert 186000 * 3 == 558000 and 558000 + 172000 == 730000
    assert 172000 // 2 == 86000 and 186000 + 86000 == 272000 and 272000 + 86000 + 2 * 186000 == 730000


KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# Compliant defaults shared by most labels; each contract overrides what its text says.
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

LABELS = {
    # key: (language, category, term overrides, extra overrides, fee base for TCO, forum outside mainland, planned rules)
    "h170z01": ("zh", "hardware",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                     contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=9660000), 8059000, False, []),
    "h170z02": ("zh", "hardware",
                dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.02, liability_cap_pct=200, prepayment_pct=25,
                     final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                     contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=3190000), 2952400, False,
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h170z03": ("zh", "cloud",
                dict(availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False, ld_rate_per_day_pct=0.06,
                     liability_cap_pct=150, auto_renewal_price_increase=True),
                dict(ld_stated=True, contract_value=2060000), None, False,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h170z04": ("zh", "services",
                dict(p1_response_hours=8, ld_rate_per_day_pct=0.1, subcontract_without_consent=True),
                dict(ld_stated=True, contract_value=554000), None, False,
                ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h170z05": ("zh", "software",
                dict(p1_response_hours=10, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                     ld_rate_per_day_pct=0.01, liability_cap_pct=20, prepayment_pct=55, acceptance_clause=False,
                     final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
                     subcontract_without_consent=None, contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                     contract_value=1300000), 620000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h170e01": ("en", "software",
                dict(p1_response_hours=2, ld_rate_per_day_pct=600 / 830000 * 100, liability_cap_pct=150,
                     prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18,
                     post_warranty_fee_pct=13, governing_law="Ireland", contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=830000), 564000, True,
                ["CR-GOVERNING-LAW"]),
    "h170e02": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False,
                     ld_rate_per_day_pct=500 / 650000 * 100, liability_cap_pct=6 / 36 * 100, governing_law="Germany"),
                dict(ld_stated=True, contract_value=650000), None, True,
                ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h170e03": ("en", "hardware",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=20,
                     final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                     contract_kind="goods_or_licence"),
                dict(ld_stated=True, post_warranty_fee_capped=True, contract_value=1040000), 905600, False, []),
    "h170e04": ("en", "services",
                dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=1800 / 2110000 * 100,
                     liability_cap_pct=150, auto_renewal_price_increase=True, termination_for_breach=False),
                dict(ld_stated=True, contract_value=2110000), None, False,
                ["CR-AUTO-RENEWAL", "CR-TERMINATION"]),
    "h170e05": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=1, ip_owner="supplier",
                     ld_rate_per_day_pct=700 / 730000 * 100, liability_cap_pct=150,
                     prepayment_pct=272000 / 730000 * 100),
                dict(ld_stated=True, contract_value=730000), None, False,
                ["CR-IP-OWNERSHIP", "CR-PREPAYMENT"]),
}


def tco(t, x, fee_base, horizon=5):
    """policy §4: purchase + implementation = contract value; post-warranty years = horizon − warranty years (pro rata);
    fee base = itemised licence/hardware price. None when not computable (service, or fee unstated / uncapped)."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, horizon - (t["warranty_months"] or 0) / 12)
    fees = t["post_warranty_fee_pct"] / 100 * fee_base * years
    total = x["contract_value"] + fees
    return {"tco": total, "post_warranty_fees": fees, "share_pct": fees / total * 100, "post_warranty_years": years}


def apply_rules(t, x, share, foreign_forum):
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if x["sla_clause"] and (t["p1_response_hours"] is None or t["p1_response_hours"] > 4):
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or foreign_forum:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


ON_THRESHOLD = {"prepayment_pct": 30, "p1_response_hours": 4, "availability_pct": 99.9, "ld_rate_per_day_pct": 0.05,
                "post_warranty_fee_pct": 15, "liability_cap_pct": 100, "warranty_months": 12}


def build_labels():
    out = {}
    for key, (lang, cat, tover, xover, fee_base, foreign_forum, planned) in LABELS.items():
        t = dict(BASE, **tover)
        terms = {k: t[k] for k in KEYS}
        extra = {"sla_clause": True, "ld_stated": xover["ld_stated"]}
        if terms["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = xover["post_warranty_fee_capped"]
        extra["acceptance_deemed_on_delivery"] = xover.get("acceptance_deemed_on_delivery", False)
        extra["contract_value"] = xover["contract_value"]
        info = tco(terms, extra, fee_base)
        share = info["share_pct"] if info else None
        for k, v in ON_THRESHOLD.items():
            assert terms[k] != v, (key, k, v)
        assert share is None or share != 40, key
        got = apply_rules(terms, extra, share, foreign_forum)
        assert got == sorted(planned), (key, got, planned)
        out[key] = ({"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": terms,
                     "expected_extra": extra, "expected_rules": got}, info)
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    check_sums()
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("md", "txt"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    bad = False
    for key, (name, fmt, src) in FILES.items():
        lang = LABELS[key][0]
        text = read_back(OUT / name)
        print("%s  %-5s %s" % (name, fmt, text_length(text, lang)))
        for h in scan(text):
            bad = True
            print("   THRESHOLD VALUE:", h)
    assert not bad, "a value sits on a policy threshold"

    labels = build_labels()
    for key, (label, info) in labels.items():
        (OUT / (Path(label["file"]).stem + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        tco_txt = ("TCO %.2f, post-warranty fees %.2f over %.2f years, share %.4f %%" %
                   (info["tco"], info["post_warranty_fees"], info["post_warranty_years"], info["share_pct"])) if info else "TCO n/a"
        print("%s  rules %s  | %s" % (key, ", ".join(r[3:] for r in label["expected_rules"]) or "(none)", tco_txt))
