"""holdout996: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths as read back, no threshold figure in any text or label, the rules derived from the labels
equal the design list, all 20 CR rules covered). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """T:青溪市绿色工厂评价管理平台建设项目合同书
P:合同编号：QXGX-ZFCG-2026-118
P:甲方（采购人）：青溪市工业和信息化局
P:乙方（供应商）：杭州绿衡数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（招标编号QXCG2026-0415）、乙方投标文件和中标通知书，甲乙双方经协商一致，就青溪市绿色工厂评价管理平台（以下简称“平台”）的软件许可、定制开发及实施服务订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供绿色工厂评价管理平台软件V3.0的永久使用许可（市、区两级部署，用户数不限），并在该平台基础上完成以下定制开发：绿色工厂评价指标模型（含能源低碳化、资源高效化、产品绿色化等一级指标及配套评分细则）、企业在线申报与自评价模块、第三方评价机构备案与报告审核模块、能耗与碳排放数据采集接口、绿色制造数据驾驶舱。
P:1.2 乙方负责平台在青溪市政务云上的部署、历年绿色工厂申报档案的数据迁移、与省绿色制造公共服务平台及市企业用能监测系统的接口对接、用户培训及上线保障。
P:1.3 详细功能需求、技术参数及交付物清单见附件1《需求规格说明书》和附件2《交付物清单》，附件为本合同不可分割的组成部分。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾伍万捌仟元整（¥1,558,000.00），为固定总价，包含软件许可、定制开发、实施、培训、税费及乙方完成本项目所需的全部费用。
P:2.2 价格构成：平台软件许可费¥860,000；定制开发费¥574,000；部署实施与数据迁移费¥98,000；培训费¥26,000。
H:第三条 付款方式
P:3.1 本合同生效且乙方向甲方提交金额为合同总价20%的银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥311,600。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥701,100。
P:3.3 平台通过最终验收且乙方提交履约保证材料后15个工作日内，甲方支付合同总价的35%，即¥545,300。
P:3.4 乙方每次请款时应开具等额合法增值税发票。甲方通过国库集中支付方式付款，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后90日内完成平台部署、定制开发及数据迁移，具备初步验收条件；于初步验收后60日内完成试运行并申请最终验收。
P:4.2 乙方应在合同生效后10日内提交项目实施方案，经甲方确认后执行。项目经理须为投标文件所列人员，未经甲方书面同意不得更换。
P:4.3 乙方应为市、区两级工信部门及企业用户分别组织培训，累计不少于三期，并提供操作手册和培训视频，确保用户能够独立完成申报、审核和统计操作。
H:第五条 验收
P:5.1 初步验收由甲方组织，按附件1逐项测试，合格标准为：需求规格说明书所列功能全部实现；历年申报档案迁移后经全量比对无缺失、无错漏；省平台及用能监测系统接口连续10日数据交换正确；300个并发用户下常用页面响应时间不超过3秒。
P:5.2 最终验收在试运行期满后进行，条件为：试运行期内未发生一级故障；乙方已提交源代码、数据库设计文档、接口文档和运维手册；平台已通过甲方委托的第三方软件测评及网络安全等级保护测评。验收合格后双方签署最终验收报告。
P:5.3 平台上线试运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 平台质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、性能优化及政策调整引起的指标模型参数调整。
P:6.2 质保期满后，如甲方需要，乙方应继续提供运维服务，年度运维费不超过平台软件许可费的8%（即每年不超过¥68,800），且质保期满后三年内不得上调。运维服务由双方另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护且经甲方书面同意的时间除外）。
P:7.2 故障分级及时限：一级故障（平台无法访问或申报功能中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能异常）1小时内响应，24小时内修复；三级故障2个工作日内处理。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减¥800；月可用率每低于承诺值0.01个百分点，扣减¥1,000。扣减款项从应付款项或履约保证金中抵扣。
H:第八条 知识产权
P:8.1 平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的指标模型、申报模块、接口程序、驾驶舱及其源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和二次开发。
P:8.3 乙方保证所交付成果不侵犯第三方合法权益，如发生侵权纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的企业申报资料、能耗数据、评价结果及日志等全部数据归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，合同终止后应按甲方要求移交并删除。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，采取访问控制、加密存储、操作审计等安全措施，运维操作应通过甲方堡垒机进行，不得将数据拷贝至政务云以外的环境。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:9.4 乙方参与本项目的人员应签署数据安全承诺书，人员变动时乙方应及时注销其账号权限并书面告知甲方。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、企业商业信息及未公开资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成第四条约定事项的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定的，应负责免费整改；给甲方造成损失的，应予赔偿。违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将合同义务全部或部分转包、分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 附件：附件1《需求规格说明书》；附件2《交付物清单》；附件3《项目实施方案》；附件4 招标文件、投标文件及中标通知书。
P:甲方（盖章）：青溪市工业和信息化局    乙方（盖章）：杭州绿衡数智科技有限公司
P:签订日期：2026年12月____日
"""

# ---------------------------------------------------------------- z02 (docx, 第X条, Word price table)
Z02 = """T:产线控制系统改造合同
P:合同编号：MJ-GZ-2026-037
P:甲方：慈溪市灭净电器有限公司
P:乙方：宁波智控自动化工程有限公司
P:甲方为提升电蚊拍生产效率和产品一致性，委托乙方对其注塑、电路板焊接、总装测试三条生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责三条产线控制系统的设计、供货、安装、编程、调试及培训，包括：更换原有继电器控制柜为PLC控制柜；注塑机上下料机械手及输送线改用伺服驱动；各工位加装HMI触摸屏；总装线加装外观及网面视觉检测单元；高压测试工位加装测试控制器并自动记录测试结果；部署产线监控软件，实现产量、良率、停机原因的实时采集与统计。
P:1.2 改造须在甲方现有厂房内分线实施，每条产线停线时间不得超过5个自然日，具体停线计划由双方书面确认。
P:1.3 主要技术要求：视觉检测单元对网面破损、焊点虚焊、外壳划伤的检测节拍不低于每分钟36件；高压测试数据自动上传至监控软件并按产品序列号保存；监控软件可按班次、产线、工位生成产量及良率报表，并可导出Excel文件。
H:第二条 设备、软件及价格
P:2.1 本合同价格明细如下表（含税，单位：人民币元）：
TB:序号|名称|规格/说明|数量|单价|金额
TB:1|PLC控制柜|含PLC主机、I/O模块、电源及柜体|6套|58,000|348,000
TB:2|伺服驱动及电机|0.75kW～2kW|24套|6,500|156,000
TB:3|HMI触摸屏|10英寸工业屏|9台|4,800|43,200
TB:4|视觉检测单元|工业相机、光源、检测软件|3套|46,000|138,000
TB:5|高压测试工位控制器|含数据上传模块|6套|9,200|55,200
TB:6|产线监控软件许可|永久许可，50个客户端|1套|168,000|168,000
TB:|软硬件小计|||||908,400
TB:7|安装改造及程序编写|含拆旧、布线、PLC及HMI编程|1项|142,600|142,600
TB:8|培训|操作、维护人员培训|1项|19,000|19,000
TB:|合同总价|||||1,070,000
P:2.2 合同总价为人民币壹佰零柒万元整（¥1,070,000），包含设备、软件、运输、安装、调试、培训、税费等全部费用，甲方不再另行支付其他费用。
P:2.3 合同履行期间如甲方要求增加工位或变更功能，双方应另行书面确认变更内容、费用及工期。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥214,000。
P:3.2 全部设备到达甲方厂区并经双方清点签收后10个工作日内，甲方支付合同总价的35%，即¥374,500。
P:3.3 三条产线全部完成安装调试后10个工作日内，甲方支付合同总价的45%，即¥481,500。
P:3.4 乙方应在每次收款前开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后45日内将全部设备运抵甲方厂区，并在设备到货后30日内完成三条产线的安装调试。
P:4.3 乙方应在合同签订后7日内提交改造方案、电气原理图、施工进度计划及停线计划，经甲方确认后实施；安装调试完成后提交竣工图纸、程序备份和设备说明书。
P:4.2 乙方施工人员应遵守甲方厂区安全生产及用电管理规定，因乙方施工造成的人身伤害或财产损失由乙方负责。
H:第五条 验收
P:5.1 乙方完成某条产线的安装调试并通电运行后，该产线即视为验收合格。甲方将改造后的产线投入生产使用的，亦视为验收合格。
P:5.2 设备到货时，双方按装箱单清点数量及外观，签署到货签收单。
H:第六条 质量保证
P:6.1 质保期为十八个月，自三条产线全部安装调试完成之日起计算。质保期内因设备或软件质量问题产生的故障，乙方免费维修或更换，并承担往返运输费用。
P:6.2 质保期内乙方每季度上门巡检一次，检查控制柜、伺服及视觉系统运行状况，并出具巡检报告。
P:6.3 乙方应随设备免费提供保险丝、接近开关、光源等易损备件各一套，并在质保期内保证常用备件库存，确保更换及时。
H:第七条 售后服务
P:7.1 乙方设立7×24小时服务热线。一级故障（整条产线停产）乙方应在1小时内响应，6小时内到达现场；二级故障（单个工位停用）2小时内响应，次日到场处理。
P:7.2 乙方响应或到场超过上述时限的，每超时1小时向甲方支付¥500。
P:7.4 乙方每次维修或更换部件后应填写维修记录，注明故障原因、处理措施及更换部件，由甲方设备主管签字确认。
P:7.3 质保期满后，甲方可委托乙方提供维保服务，年度维保费按软硬件小计的7%计取，即每年¥63,588，质保期满后三年内不上调，费用按年支付。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测配方、定制报表及相关源程序和技术文档，知识产权归甲方所有，乙方应在安装调试完成时一并交付。
P:8.2 产线监控软件的著作权属于乙方或其原厂，甲方依本合同取得永久使用许可。
H:第九条 数据安全
P:9.1 产线产生的产量、良率、工艺参数及测试记录等数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:9.2 乙方远程维护须事先取得甲方同意，通过甲方指定的加密通道进行，并做好操作记录；维护完毕后立即断开连接。
P:9.3 因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应立即采取补救措施，在2小时内通知甲方，并赔偿由此造成的全部损失。
H:第十条 保密
P:10.1 乙方对在项目实施过程中知悉的甲方产品设计、工艺配方、供应商及客户信息负有保密义务，未经甲方书面许可不得向第三方披露，保密期限至相关信息公开之日止。
H:第十一条 分包
P:11.1 乙方可将电气安装、线槽敷设等辅助施工分包给具备相应资质的单位，但应提前3个工作日书面告知甲方。乙方对分包单位的工作质量和安全负责。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:12.2 因改造原因导致产线停线时间超过第1.2条约定的，每超出一日，乙方另行支付¥3,000。
P:12.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:12.4 违约金不足以弥补甲方实际损失的，乙方应补足差额。
H:第十三条 合同解除
P:13.1 乙方逾期交货超过30日，或所供设备存在严重质量问题经两次整改仍不能正常使用的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 一方严重违约且在收到对方书面通知后15日内未纠正的，守约方有权解除合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向慈溪市人民法院起诉。
P:14.2 争议处理期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。
P:15.2 附件：附件1 改造技术方案；附件2 设备清单及技术参数；附件3 停线计划。
P:甲方（盖章）：慈溪市灭净电器有限公司    乙方（盖章）：宁波智控自动化工程有限公司
P:代表签字：__________    代表签字：__________
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）/1.)
Z03 = """门店预约与会员管理系统服务合同

合同编号：HY-XXFW-2026-052

甲方：湖南弘艺艺考培训连锁有限公司
住所：长沙市岳麓区
乙方：长沙云约信息科技有限公司
住所：长沙市高新技术产业开发区

鉴于甲方在湖南、江西两省经营40家艺考培训门店（美术、音乐、舞蹈、编导方向），拟统一使用课程预约、排课及会员管理系统；乙方拥有“云约”门店管理SaaS平台，愿意为甲方提供订阅服务及上线实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方通过“云约”平台向甲方40家门店及总部提供以下功能：
1. 课程预约与排课：学员及家长通过小程序预约试听课、集训课及一对一课程，教师端查看课表，教室与画室资源冲突自动提示；
2. 会员管理：会员档案、课时包与储值卡管理、续费提醒、课消统计；
3. 收银与对账：线上支付、门店收银、退费审批、每日对账报表；
4. 总部管理端：跨门店经营看板、教师课时统计、招生渠道分析。
（二）实施服务。乙方负责40家门店的系统配置、既有会员数据迁移（约6.8万名学员及课时余额）、小程序上线、与甲方现有财务系统的对账接口开发，以及店长、前台、教师三类用户培训。
（三）定制内容。乙方按甲方需求开发艺考专业课集训排课规则、联考模拟成绩档案模块及专属报表，具体见附件一。
（四）培训服务。乙方应为每家门店的店长、前台及教师分别提供不少于两次培训，提供操作手册和视频教程，并在上线后首月安排专人线上答疑。

二、服务期限
（一）本合同服务期为两个服务年度。第一服务年度自系统上线验收合格之日起算，第二服务年度紧随其后。
（二）乙方应在合同签订后45日内完成全部门店上线，并提交上线验收申请。
（三）上线前乙方应与甲方共同制定切换方案，分批切换门店，切换安排在非营业时段进行，确保门店正常营业不受影响。

三、服务费用
（一）合同总价为人民币陆拾柒万肆仟元整（¥674,000），构成如下：
1. 门店订阅费：每店每服务年度¥6,800，40家门店两个服务年度合计¥544,000；
2. 总部管理端订阅费：每服务年度¥36,000，两个服务年度合计¥72,000；
3. 实施费（含数据迁移、接口开发、定制开发及培训）：一次性¥58,000。
（二）服务期内新增门店的，按每店每服务年度¥6,800按月折算计费；关闭门店的，次一季度起相应减少订阅费。
（三）上述费用已包含平台使用、短信通知、小程序维护、常规版本升级及税费，乙方不得以任何名义另行收取。

四、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）订阅费按季度结算，乙方于每季度结束后开具发票，甲方在收到发票后15个工作日内支付当季订阅费（每季度¥77,000）。
（三）甲方无需向乙方支付任何预付款。
（四）乙方应开具增值税专用发票，发票不合格的，甲方付款期限相应顺延。

五、上线验收
（一）乙方完成实施后书面通知甲方，甲方在10个工作日内组织验收。
（二）验收标准：
1. 40家门店全部完成配置并可正常预约、排课、收银；
2. 迁移后的会员档案、课时余额及储值余额经甲方逐店抽查核对一致，差错率为零；
3. 模拟500名用户同时预约，小程序页面响应时间不超过2秒；
4. 对账接口连续5个营业日与财务系统数据一致；
5. 附件一所列定制功能全部实现。
（三）验收合格的，双方签署上线验收确认书；不合格的，乙方应在7日内整改后重新验收。门店试用不视为验收合格。验收中发现的问题，乙方应逐项记录，整改完成后提交复验。

六、服务水平
（一）平台月可用率不低于99.5%，以乙方监控数据及甲方门店报障记录核定。
（二）故障分级：一级故障（全部或多数门店无法预约、收银）30分钟内响应，3小时内恢复；二级故障（单店或单项功能异常）1小时内响应，当日恢复；三级故障（界面或报表问题）2个工作日内解决。
（三）月可用率低于承诺值的，每低0.1个百分点，减免当月订阅费的2%；一级故障恢复超时的，每超时1小时减免¥500。减免金额在下一季度应付费用中扣除。
（四）乙方应在艺考集训报名高峰期（每年9月至11月）安排专人值守。
（五）乙方应于每月5日前向甲方提交上月服务报告，列明可用率、故障处理情况、减免金额及改进措施。

七、数据与安全
（一）甲方的学员信息、家长联系方式、课程与消费记录等全部数据归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于任何其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，平台应通过网络安全等级保护三级测评，对学员未成年人个人信息采取加密存储、分级授权及操作留痕等措施。
（三）发生数据泄露或其他安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，并承担因其过错给甲方造成的全部损失，包括甲方向学员、家长承担的赔偿。
（四）合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后彻底删除。
（五）乙方接触甲方数据的人员应签署保密及安全承诺，账号实行最小权限管理，人员离岗时当日注销其权限。

八、保密
双方对在合作中知悉的对方经营信息、价格信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、知识产权
（一）“云约”平台的知识产权归乙方所有。
（二）乙方为甲方定制开发的排课规则、成绩档案模块、专属报表及对账接口，其知识产权归甲方所有，乙方应交付相关源代码及文档。

十、续期
服务期满前30日内双方均未书面提出不续期的，本合同自动续期一个服务年度，可多次续期。续期年度的订阅费由乙方在上一年度费用基础上上浮，上浮幅度不超过8%，乙方于续期前书面通知甲方。

十一、违约责任
（一）乙方未能在第二条约定期限内完成上线的，每逾期一日向甲方支付违约金¥600。
（二）乙方违反第七条约定的，除承担赔偿责任外，甲方有权解除合同。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失、违反数据安全义务造成的损失除外。
（四）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金，但乙方不得因此中断服务。

十二、分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。经甲方同意分包的，乙方对分包方的行为承担全部责任。

十三、合同解除
乙方严重违约且在收到甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未履行期间已收取的费用。甲方因门店经营调整需提前终止合同的，应提前60日书面通知乙方，并结清已发生的费用。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交长沙仲裁委员会仲裁。

十五、其他
本合同一式二份，双方各执一份，自双方签字盖章之日起生效。附件一：定制需求清单；附件二：门店清单；附件三：服务水平考核表。附件与本合同具有同等效力。未尽事宜，双方可签订补充协议。

甲方（盖章）：湖南弘艺艺考培训连锁有限公司
乙方（盖章）：长沙云约信息科技有限公司
日期：2026年12月____日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 + （一）)
Z04 = """桥梁伸缩缝健康监测系统运维服务合同

项目编号：HDJT-CS-2026-09（竞争性磋商）
甲方（采购人）：河东市交通运输局
乙方（成交供应商）：江苏桥安智能监测技术有限公司

根据河东市交通运输局桥梁伸缩缝健康监测系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方本着平等自愿原则，订立本合同。

第一条 服务对象与内容
（一）服务对象：甲方已建成的桥梁伸缩缝健康监测系统，覆盖市区及国省道12座桥梁的46道伸缩缝，包括位移传感器、倾角传感器、温度传感器、视频监控点、现场采集箱、太阳能供电单元、通信设备及监测预警平台。
（二）服务内容：
1. 日常巡检：每月对全部测点现场巡检一次，检查传感器安装状态、线缆、采集箱、供电及通信情况，清理伸缩缝周边遮挡物；
2. 设备维护：传感器校准、故障设备维修更换（单件备件价值¥3,000以下的由乙方承担），采集箱防水防雷检查；
3. 平台运维：监测预警平台服务器、数据库及应用软件的日常运行维护、数据备份、安全补丁更新；
4. 数据分析：每月出具伸缩缝位移、温度相关性分析月报，每季度出具季度评估报告，全年出具年度健康状况报告；
5. 应急响应：伸缩缝位移或缝宽超过预警阈值、极端天气及重大交通事件时，乙方派员到场核查并提交专项检查报告。
（三）运维交接：服务开始前，乙方应与甲方及原运维单位共同清点设备台账、备品备件、平台账号及技术资料，形成交接清单并由三方签字确认。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止；甲方如需继续采购，应依法重新组织采购程序，本合同不自动续期。乙方应于2026年12月20日前编制年度运维方案报甲方确认。

第三条 合同价款
（一）合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，包括人工、交通、检测仪器、备品备件、通信流量、税费等全部费用。
（二）价款构成：日常巡检及数据分析¥198,000；传感器及采集设备维护（含备件）¥164,000；平台运维及月报编制¥86,000；应急响应及专项检查¥38,000。
（三）服务期内甲方新增测点不超过5个的，乙方按本合同标准提供运维服务，不另收费；超过部分由双方书面协商确定费用。

第四条 付款方式
（一）服务费按季度支付，每季度服务期满并经甲方季度考核后，甲方在15个工作日内支付当季服务费¥121,500，按考核扣款后的金额支付。
（二）甲方不预付任何款项。乙方请款时应提交季度服务报告、考核结果及等额发票。

第五条 服务水平
（一）监测预警平台月可用率不低于99.95%，全部测点月数据完整率不低于98%。
（二）故障响应：一级故障（平台中断、整座桥梁测点数据中断或位移超限报警）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单个测点数据异常）2小时内响应，48小时内修复；三级故障（报表、界面问题）3个工作日内处理。
（三）乙方应建立值班制度，汛期、冰冻天气及节假日安排专人值守，值班电话须保持畅通。
（四）乙方应通过监测预警平台记录每次故障的发生、响应、到场及恢复时间，作为考核依据，甲方可随时查阅。

第六条 考核与扣款
（一）甲方按附件《运维服务考核细则》每季度对乙方进行考核。考核内容包括巡检完成率、故障响应及时性、数据完整率、报告质量及资料归档情况。
（二）故障响应或到场超过第五条时限的，每超时1小时扣减服务费¥500；平台月可用率低于承诺值的，每低0.01个百分点扣减¥300；月报、季报逾期提交的，每逾期一日扣减¥200。
（三）季度考核得分低于80分的，扣减当季服务费的5%；连续两个季度低于80分的，乙方应更换项目负责人。

第七条 服务验收
（一）季度验收：甲方依据考核细则及乙方提交的巡检记录、维修记录和月报进行季度验收，验收合格后签署季度考核表。
（二）年度验收：服务期满后15日内，甲方组织年度验收，标准为：全年巡检记录完整；全部测点能正常采集；平台运行正常并完成全部数据备份；年度健康状况报告经甲方组织的专家评审通过；运维资料按甲方档案要求完整移交。
（三）甲方使用乙方提交的报告，不视为对相应季度或年度服务验收合格。
（四）年度验收不合格的，乙方应在30日内完成整改并重新申请验收，整改期间不另行计费。

第八条 数据安全与成果归属
（一）监测系统产生的全部监测数据、视频图像、分析报告及运维记录归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的。
（二）乙方应落实网络安全等级保护要求，平台账号实行专人专用和最小权限管理，远程运维须经甲方审批并通过甲方堡垒机进行，操作全程留痕；不得擅自在外部设备或互联网环境中存储监测数据。
（三）发生数据丢失、篡改、泄露或系统被攻击等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施并提交事件报告；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
（四）服务期满或合同终止时，乙方应将全部数据、账号权限及运维资料完整移交甲方或甲方指定的单位，并删除其留存的任何数据副本。
（五）乙方在服务期内形成的月报、季报、年报及专项检查报告的著作权归甲方所有。

第九条 乙方人员
（一）乙方应配备项目负责人1名、桥梁检测工程师2名、平台运维工程师1名，人员须与响应文件一致，更换须经甲方同意。
（二）乙方人员在桥面作业时应按规定设置安全警示区，遵守交通管制要求，作业安全责任由乙方承担。
（三）乙方应为作业人员购买意外伤害保险，高处及临水作业人员须持有相应资格证书。
（四）乙方使用的检测仪器应经法定计量机构检定或校准合格，并在有效期内使用。

第十条 违约责任
（一）乙方未在2027年1月10日前完成运维交接进场的，每逾期一日按合同总价的千分之一支付违约金。
（二）因乙方巡检不到位或未及时报警，导致甲方未能及时发现伸缩缝病害并造成损失的，乙方应承担赔偿责任。违约金不足以弥补甲方损失的，乙方应补足差额。
（三）甲方逾期支付服务费的，应按同期贷款市场报价利率支付逾期利息。

第十一条 合同的履行
本合同签订后，双方应全面履行。服务期内，甲乙双方均不得单方解除本合同。乙方存在违约行为的，甲方可按本合同第六条、第十条扣减服务费、收取违约金并要求乙方限期改正，乙方应继续履行合同义务直至服务期满。

第十二条 转包与分包
乙方不得将本合同项下的服务转包，也不得分包给第三方。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向河东市人民法院提起诉讼。

第十四条 其他
（一）磋商文件、响应文件、成交通知书及附件《运维服务考核细则》为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。
（三）双方指定的联系人及通知地址以响应文件为准，一方变更联系人或地址的，应在3日内书面通知对方。

甲方（盖章）：河东市交通运输局
乙方（盖章）：江苏桥安智能监测技术有限公司
签订日期：2026年12月____日
"""

# ---------------------------------------------------------------- z05 (md, supplier's template)
Z05 = """# 匠迹工序追踪系统软件许可及定制开发合同

（苏州匠迹软件有限公司标准合同文本 V2.3）

合同编号：JJ-2026-1207

甲方（用户）：扬州漆韵剔红工艺品有限公司（漆韵剔红工作室）

乙方（软件提供方）：苏州匠迹软件有限公司

甲方为记录剔红漆器从制胎、髹漆、阴干、描稿、雕刻到打磨的全部工序，拟采用乙方“匠迹”工序追踪系统。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“匠迹”工序追踪系统标准版软件的使用许可（20个用户），并按甲方需求进行以下定制开发：

（1）髹漆层数记录模块：逐件记录每层漆的髹涂日期、漆料批次、厚度及操作人；

（2）阴房温湿度对接：对接甲方阴房内温湿度传感器，自动记录每层漆的阴干时长及环境参数，超出设定范围时提醒；

（3）作品档案与溯源二维码：每件作品生成唯一二维码，展示工序、作者及证书信息。

1.2 乙方负责系统在甲方服务器上的部署、初始化配置及使用培训。

1.3 甲方应自行准备服务器、网络环境及阴房温湿度传感器，并确保其符合乙方提供的《运行环境要求》。因运行环境不符合要求导致的问题，由甲方自行负责。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工序追踪系统标准版软件许可（20用户，永久） | 226,000 |
| 2 | 定制开发（髹漆层数记录、阴房温湿度对接、溯源二维码） | 86,000 |
| 3 | 部署实施及培训 | 13,000 |
| | 合计 | 325,000 |

合同总价为人民币叁拾贰万伍仟元整（¥325,000），含税。上述价格不含服务器、传感器、网络设备及第三方软件的费用。

## 第三条 付款方式

3.1 本合同签订后7日内，甲方向乙方支付合同总价的65%，即¥211,250，乙方收款后启动项目。

3.2 系统验收合格后7日内，甲方支付合同总价的35%，即¥113,750。

3.3 甲方未按期付款的，乙方有权暂停开发及技术服务，工期相应顺延，并按每日千分之一收取逾期付款违约金。

## 第四条 交付与验收

4.1 乙方应在收到首期款后60日内完成部署及定制开发，并通知甲方验收。

4.2 甲方应在收到验收通知后5个工作日内，按本合同附件《功能清单》逐项测试验收。验收标准为：功能清单所列功能全部可正常使用；阴房温湿度数据每10分钟自动采集一次且连续7日无中断；随机抽取20件作品，其二维码信息与系统记录一致。

4.3 验收合格后双方签署验收单。验收不合格的，乙方应在10个工作日内修改后再次提交验收。

4.4 项目实施过程中甲方提出需求变更的，乙方有权另行报价，交付期限相应顺延。

## 第五条 免费维护期

5.1 系统免费维护期为六个月，自验收合格之日起计算。

5.2 免费维护期内，乙方提供远程技术支持、软件缺陷修复及补丁更新。因甲方操作不当、服务器或网络故障、传感器硬件故障造成的问题不在免费维护范围内。

5.4 免费维护期满后的缺陷修复及技术支持，按第六条年度维护服务提供。

5.3 免费维护期内乙方提供一次现场回访，现场服务人员的交通及住宿费用由甲方承担。

## 第六条 维护服务及费用

6.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应向乙方购买年度维护服务，年度维护费按软件许可费的26%收取，即每年¥58,760，于每个维护年度开始前一次性支付。

6.2 甲方未购买年度维护服务的，乙方不再提供任何技术支持及升级，甲方此后需恢复维护服务的，应补缴中断期间的维护费。

6.3 已支付的年度维护费不因甲方未使用或提前停止使用系统而退还。

## 第七条 技术支持

7.1 乙方通过电话、微信及远程方式提供技术支持，服务时间为工作日9:00—17:30。

7.2 一级故障（系统无法登录或工序数据无法录入）乙方在8小时内响应；二级故障（部分功能异常）在2个工作日内响应；一般咨询在3个工作日内答复。

7.4 甲方要求现场服务的，按每人每日¥2,000另行收费，交通及住宿费用由甲方承担。

7.3 乙方将尽力尽快排除故障，但不因响应时间、修复时间或系统中断另行承担任何扣款、赔偿或违约金。

## 第八条 知识产权

8.1 “匠迹”系统及其全部组成部分的知识产权归乙方所有。

8.2 乙方为甲方定制开发的髹漆层数记录模块、阴房温湿度对接程序、溯源二维码功能及其源代码、文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、反向工程或许可第三方使用。乙方有权将定制功能纳入标准产品向其他客户提供。

8.3 甲方不得删除或修改系统界面及文档中的版权标识。

## 第九条 数据

9.1 甲方录入系统的作品信息、工艺参数、图片及客户信息归甲方所有。

9.2 乙方应对系统数据采取加密存储、权限控制及定期备份措施；发生数据泄露或丢失时，乙方应在48小时内通知甲方并采取补救措施，因乙方过错造成甲方损失的，乙方承担赔偿责任。

9.3 甲方同意，乙方有权在去除甲方名称及作者姓名后，使用系统中的工序时长、漆层及阴干参数等工艺数据进行统计分析，用于改进产品及编制行业工艺案例，该等使用不需另行取得甲方同意，亦不另付费用。

## 第十条 保密

双方对在合作过程中获知的对方商业秘密及技术信息负有保密义务，未经对方书面同意不得向第三方披露，但本合同第9.3条约定的使用除外。保密期限为合同终止后二年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 任何一方违反本合同约定的，应承担相应的违约责任。因不可抗力或第三方原因造成的损失，乙方不承担责任。

11.3 甲方擅自修改系统程序或数据库结构，或将系统提供给第三方使用的，乙方有权终止技术支持，并要求甲方赔偿损失。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 甲方的义务

14.1 甲方应指定专人负责项目对接，及时提供需求资料、作品样本及工艺说明，并对乙方提交的需求说明书进行书面确认。甲方延迟提供资料或确认的，交付期限相应顺延。

14.2 甲方应负责服务器的日常运行、数据备份介质的保管及用户账号的管理，妥善保管账号密码。

## 第十五条 不可抗力

因地震、火灾、疫情、电力或通信中断等不可抗力导致合同不能按期履行的，受影响一方应及时通知对方，并在合理期限内提供证明，履行期限相应顺延。

## 第十六条 通知与送达

双方在本合同首页所列的联系人、电话及邮箱为有效送达地址。一方变更的，应提前书面通知对方，否则按原地址送达即视为有效送达。

## 第十七条 其他

17.1 本合同附件《功能清单》与本合同具有同等效力。

17.2 本合同一式两份，双方各执一份，自双方签字盖章且乙方收到首期款之日起生效。

甲方（盖章）：扬州漆韵剔红工艺品有限公司　　乙方（盖章）：苏州匠迹软件有限公司

签订日期：2026年____月____日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N + N.N)
E01 = """T:Software Licence and Services Agreement
P:Agreement No. CRS-JX-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Jiaxing Hengrun Precision Castings Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Buyer"); and
P:(2) Cannon River Software, Inc., a Minnesota corporation with its principal place of business at 412 Central Avenue North, Faribault, Minnesota 55021, United States (the "Vendor").
P:The Buyer operates two investment-casting plants and wishes to replace its spreadsheet-based maintenance planning with the Vendor's computerised maintenance management system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintainIQ computerised maintenance management system, version 8, in object code, with its standard modules for asset register, work orders, preventive maintenance, spare parts, purchasing requests and mobile inspection.
P:1.2 "Services" means the implementation, configuration, data migration, interface and training services described in Annex 1.
P:1.3 "Custom Deliverables" means the configurations, report templates, inspection checklists, interface programs and documentation prepared by the Vendor specifically for the Buyer under this Agreement.
P:1.4 "Go-Live" means the date on which the Software is first used in production at both plants.
P:1.5 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 150 named users at the Buyer's plants in Jiaxing and Huzhou and at any other site operated by the Buyer in mainland China.
P:2.2 The Buyer may make backup copies and may run one test and one training environment at no extra charge.
P:2.3 The licence survives any termination of this Agreement once the Licence Fee has been paid, except termination by the Vendor for non-payment.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,804,000, inclusive of applicable taxes, made up as follows: Licence Fee for 150 named users CNY 1,236,000; implementation and configuration CNY 418,000; data migration of asset and maintenance history records CNY 96,000; training CNY 54,000.
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's consultants are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay the Contract Price in three instalments: (a) 10% within 20 days after signature, against the Vendor's invoice; (b) 55% within 20 days after Go-Live; and (c) 35% within 20 days after Final Acceptance.
P:4.2 Payments are made in CNY by bank transfer to the account of the Vendor's appointed receiving agent in Shanghai named in the invoice. Each invoice shall be a valid Chinese VAT invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software and reach Go-Live within 120 days after signature, following the project plan agreed in the kick-off meeting.
P:5.2 Final Acceptance testing starts 60 days after Go-Live. The acceptance criteria are: (a) every function in the Annex 1 requirement list passes the agreed test scripts; (b) migrated asset records reconcile with the source records with no missing or duplicated asset; (c) the interface with the Buyer's ERP transfers spare-parts requests and receipts correctly for ten consecutive working days; (d) no Severity 1 defect has occurred during the 60 days after Go-Live; and (e) screens open within three seconds for 80 concurrent users.
P:5.3 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Otherwise the Buyer shall list the failures in writing, and the Vendor shall correct them and repeat the tests at its cost. Go-Live, production use or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all new releases and provide support without charge.
P:6.2 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Licence Fee, i.e. CNY 135,960 per year, fixed for the first three support years. Thereafter the Vendor may adjust the fee by no more than 3% per year. Support is ordered year by year and does not renew automatically.
P:6.3 Support covers defect correction, new releases, telephone and remote support in Chinese or English, and one on-site health check per year.
H:Article 7 Service Levels
P:7.1 Defects are classified as Severity 1 (the Software is unavailable at a plant or work orders cannot be created), Severity 2 (a major function is impaired with no workaround) and Severity 3 (all other defects).
P:7.2 The Vendor shall respond to a Severity 1 defect within one hour, at any time, and provide a workaround or fix within eight hours; Severity 2 within two hours during business hours with a fix within three working days; Severity 3 within one working day, with a fix in the next release.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 or Severity 2 response or fix time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or refunded.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Vendor and its licensors.
P:8.2 All intellectual property in the Custom Deliverables vests in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license them freely.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Buyer Data and Security
P:9.1 All data entered into or generated by the Software, including asset, maintenance and personnel data ("Buyer Data"), belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and for no other purpose.
P:9.2 The Software is installed on the Buyer's servers in Jiaxing. The Vendor may access Buyer Data only remotely through the Buyer's VPN, per session approved by the Buyer's IT manager, and shall not copy Buyer Data to any system outside the Buyer's network or outside mainland China.
P:9.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, keep access logs, and notify the Buyer within eight hours of becoming aware of any unauthorised access to or loss of Buyer Data. The Vendor is liable for losses caused by a breach of this Article 9.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's production processes, drawings and supplier data, and use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed beyond the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement under Article 8.3 and breach of Articles 9 and 10, which is not limited.
P:11.3 Neither party is liable for indirect or consequential loss, except under the exceptions in Article 11.2.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the Services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 13 Term and Termination
P:13.1 This Agreement takes effect on signature and continues until the end of the Warranty Period, and thereafter for as long as support is ordered.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing the breach.
P:13.3 The Buyer may also terminate if the Go-Live delay reaches 60 days. On such termination the Vendor shall refund all amounts paid, less the Licence Fee if the Buyer elects to keep the Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of Minnesota, United States, without regard to its conflict-of-laws rules.
P:14.2 Any dispute arising out of this Agreement shall first be referred to senior management of both parties for 30 days. If not resolved, it shall be finally settled by arbitration administered by the American Arbitration Association's International Centre for Dispute Resolution, seated in Minneapolis, Minnesota, in the English language, before one arbitrator.
H:Article 15 General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:15.2 This Agreement, with Annex 1 (Requirements and Services) and Annex 2 (Project Plan), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.3 This Agreement is signed in two English originals, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# Order Form and General Terms

**Oahe Cloud Systems LLC** · 208 Main Street, Mobridge, South Dakota 57601, United States

Order Form No. OCS-2026-0331

# Part A: Order Form

## A1. Parties

- **Provider:** Oahe Cloud Systems LLC, a South Dakota limited liability company.
- **Customer:** Linyi Jinhe Feed Group Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Linyi, Shandong Province.

This Order Form, together with the General Terms in Part B, forms the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## A2. Service

FeedTrace, Provider's cloud service for feed formulation, batch production records, ingredient lot tracking and recall traceability, for Customer's 12 feed mills in Shandong and Henan. The service includes the web application, the mill-floor tablet application, the standard reporting library and the FeedTrace application programming interface.

## A3. Subscription Term

The Subscription Term is 24 months, made up of two Subscription Years, starting on the date of Go-Live Acceptance under A6. Renewal is governed by section B9.

## A4. Fees

| Item | Basis | Quantity | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|---|
| FeedTrace platform subscription | per mill | 12 mills | 264,000 | 528,000 |
| Named users | per user | 80 users | 92,000 | 184,000 |
| Onboarding and configuration | one-time | 1 | n/a | 46,000 |
| **Total Fees** | | | | **758,000** |

All amounts are in Chinese yuan (CNY) and include VAT. The Total Fees of CNY 758,000 are fixed for the Subscription Term. Additional mills may be added at CNY 22,000 per mill per Subscription Year, pro rata.

## A5. Invoicing and Payment

- The onboarding fee is invoiced on Go-Live Acceptance.
- Subscription and user fees are invoiced quarterly in arrears, at CNY 89,000 per quarter.
- Customer shall pay each undisputed invoice within 30 days of receipt. No advance payment is due under this Order Form.

## A6. Onboarding and Go-Live Acceptance

- Provider shall configure the service, load Customer's ingredient master data and existing formulas, connect the tablet application at all 12 mills, and train Customer's users within 75 days after signature of this Order Form.
- Go-Live Acceptance criteria: (a) all 12 mills are live and can record batches; (b) the formulas loaded reconcile with Customer's source files, with no missing formula; (c) a mock recall traces one ingredient lot to every affected finished-feed batch and customer delivery within ten minutes; and (d) the interface with Customer's ERP posts production orders and receipts correctly for five consecutive working days.
- Customer shall sign the Go-Live Acceptance Certificate within five working days after the criteria are met, or state in writing which criterion is not met. Trial use by mill staff is not acceptance.
- If Go-Live Acceptance is delayed beyond the date above for reasons attributable to Provider, Provider shall pay Customer CNY 700 per day of delay, up to CNY 35,000 in total.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

# Part B: General Terms

## B1. Provision of the Service

1.1 Provider shall make the service available to Customer's authorised users during the Subscription Term in accordance with the Agreement and the documentation.

1.2 Provider may improve the service from time to time, provided it does not materially reduce the functions Customer has subscribed to.

1.3 Provider shall provide support in Chinese and English through a ticket portal and a telephone hotline staffed at all times.

## B2. Service Levels

2.1 Provider shall make the service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 05:00 China Standard Time.

2.2 Severity 1 incidents (the service is unavailable, or batch records cannot be saved at any mill) shall be responded to within 30 minutes at any time and resolved or worked around within six hours. Severity 2 incidents shall be responded to within two hours during business hours.

2.3 If monthly availability falls below the commitment in 2.1, Customer shall receive a service credit of 5% of that month's subscription fee for each 0.1 percentage point of shortfall, up to half of the month's fee. Each Severity 1 response that is late by more than one hour gives a further credit of CNY 1,000. Credits are deducted from the next invoice.

## B3. Customer Data

3.1 All data that Customer or its users enter into the service, including formulas, ingredient lots, batch records and customer delivery records ("Customer Data"), belongs to Customer.

3.2 Provider shall use Customer Data only to provide the service to Customer and for no other purpose. Provider shall not sell, share or analyse Customer Data for its own purposes.

3.3 On expiry or termination, Provider shall make Customer Data available for export in CSV format for 60 days and then delete it, and confirm the deletion in writing.

## B4. Data Security

4.1 The service and all Customer Data are hosted in a cloud data centre in mainland China operated by a provider holding a valid Multi-Level Protection Scheme level-3 record. Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for at least six months.

4.2 Provider shall notify Customer within six hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and provide a written incident report within five days.

4.3 Provider is responsible for, and shall compensate Customer for, losses caused by a security incident resulting from Provider's failure to comply with this section B4.

## B5. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, use it only for the Agreement, and disclose it only to staff and advisers who need to know it and are bound by similar obligations. This section survives for three years after the Agreement ends.

## B6. Intellectual Property

6.1 Provider owns the service, its software and documentation.

6.2 Formulas, report layouts and recall templates configured specifically for Customer, and any interface scripts written for Customer's ERP, belong to Customer, and Provider shall deliver them to Customer on request. Customer may use, modify and license them without restriction.

## B7. Subcontractors

Provider may engage subcontractors and subprocessors, including hosting, support and development contractors, to perform any part of the Agreement. Provider will inform Customer by email of any new subcontractor or subprocessor before it starts work. Provider remains responsible for the performance of its subcontractors.

## B8. Limitation of Liability

8.1 Neither party is liable for indirect, special or consequential damages, or for loss of profit.

8.2 Provider's total liability arising out of or in connection with the Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer under this Order Form in the six months immediately preceding the event giving rise to the claim.

8.3 The limits in this section do not apply to Provider's obligations under section B4 in respect of personal information, or to wilful misconduct.

## B9. Renewal

9.1 At the end of the Subscription Term, the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

9.2 Provider may increase the fees for any renewal term by up to 9% over the fees of the preceding Subscription Year by giving notice with the renewal invoice.

## B10. Term and Termination

10.1 The Agreement continues for the Subscription Term and any renewal term.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

10.3 If Customer terminates under 10.2, Provider shall refund any fees paid for any period after termination and shall assist with the export of Customer Data under 3.3.

## B11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of or in connection with the Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

## B12. General

12.1 Neither party may assign the Agreement without the other party's written consent, except that Provider may assign it to a successor of its business on notice.

12.2 Notices shall be in writing and sent to the addresses in the Order Form, by courier or email.

12.3 The Agreement is the entire agreement of the parties on its subject matter and replaces any prior proposal.

12.4 Neither party is liable for a failure caused by force majeure, provided that it notifies the other party promptly and resumes performance as soon as possible.

12.5 The Agreement is made in English and Chinese; both versions have equal effect.
"""

# ---------------------------------------------------------------- e03 (docx, 1. / 1.1, Word price table, buyer's paper)
E03 = """T:Supply Contract for Beet-Pile Temperature Sensors and Monitoring Software
P:Contract No. BY-PUR-2026-0872 (Buyer's standard purchase contract)
P:Buyer: Qiqihar Beiyuan Sugar Co., Ltd., Fularji District, Qiqihar, Heilongjiang Province, People's Republic of China.
P:Supplier: Red River Sensing, Inc., 615 Dakota Avenue, Wahpeton, North Dakota 58075, United States.
P:The Buyer stores harvested sugar beet in outdoor piles before processing and wishes to monitor pile temperatures so that spoiling sections can be processed first. The Supplier has offered wireless pile probes, gateways, weather stations and its PileWatch monitoring software. The parties agree as follows.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission the equipment and software listed in clause 2 at the Buyer's three beet yards in Fularji, Tailai and Gannan, and train the Buyer's staff.
P:1.2 The Supplier shall also configure PileWatch for the Buyer's yard layouts, set alarm rules for each pile, and connect PileWatch to the Buyer's factory scheduling system so that alarms can be shown to the processing planners.
P:1.3 The technical specifications in Annex 1 form part of this Contract. The probes must operate between minus 40 and plus 50 degrees Celsius and report every 15 minutes.
P:1.4 The Supplier shall appoint a project manager who speaks Chinese and who shall be present at the yards during installation and during the first two weeks of the trial period.
H:2. Price
P:2.1 The prices are fixed, in CNY, inclusive of VAT, delivery to site (DDP Qiqihar), customs clearance and insurance:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless pile temperature probe, 6 m, five sensing points|360|1,850|666,000
TB:2|LoRa gateway with solar power kit|18|14,200|255,600
TB:3|Yard weather station|4|22,500|90,000
TB:4|PileWatch monitoring software, perpetual licence, 25 users|1|318,000|318,000
TB:|Hardware and Licence Subtotal|||1,329,600
TB:5|Installation, commissioning and system configuration|1|146,400|146,400
TB:6|Training (operators and IT staff)|1|24,000|24,000
TB:|Contract Price|||1,500,000
P:2.2 The Contract Price of CNY 1,500,000 covers everything needed to deliver a complete working system. No other charge is payable unless agreed in a written change order signed by both parties.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price, within 30 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 Installation payment: 55% of the Contract Price, within 30 days after the Installation Certificate is signed for all three yards. The Installation Certificate confirms that the equipment is installed and powered on; it is not acceptance.
P:3.3 Final payment: 35% of the Contract Price, within 30 days after the Final Acceptance Certificate is signed.
P:3.4 All payments are made in CNY by bank transfer to the Supplier's account stated in the invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the three yards within 75 days after signature and complete installation within 20 days after delivery, before the start of the beet harvest.
P:4.2 The Supplier's staff shall follow the Buyer's site safety rules. Probes shall be inserted into the piles only under the direction of the Buyer's yard supervisors.
P:4.3 Each delivery shall include packing lists, certificates of origin and conformity, and the factory calibration certificate of every probe.
H:5. Acceptance
P:5.1 After installation, the system shall run for a trial period of 30 days during the storage season.
P:5.2 Final Acceptance requires that: (a) no probe misses more than two consecutive scheduled readings during the trial period; (b) readings of ten probes chosen by the Buyer agree with a calibrated reference thermometer within 0.5 degrees Celsius; (c) pile alarms reach the PileWatch screens and the scheduling system within two minutes; (d) all documentation, passwords and configuration files have been handed over; and (e) no Severity 1 fault has remained unresolved during the trial period.
P:5.3 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within seven working days. If not, the Supplier shall remedy the defects and the trial period shall be repeated. Use of the system during the trial period is not acceptance.
H:6. Warranty
P:6.1 The Supplier warrants all equipment and software for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace any defective probe, gateway or weather station free of charge within ten days of notice, and supply all software updates without charge.
P:6.4 The warranty does not cover damage caused by the Buyer's loaders, by fire or by misuse, which the Supplier shall repair at the support rates in Annex 1.
P:6.2 The Supplier shall keep a stock of 20 spare probes and two spare gateways at the Buyer's Fularji yard throughout the warranty period.
P:6.3 After the warranty period, the Buyer may order annual support. The annual support fee is 9% of the Hardware and Licence Subtotal, i.e. CNY 119,664 per year, fixed for the fourth and fifth years after Final Acceptance. Support is ordered by separate purchase order each year and does not renew automatically.
H:7. Support and Service Levels
P:7.1 A Severity 1 fault is a failure of PileWatch or of a gateway that stops readings from a whole yard. A Severity 2 fault affects one pile or up to ten probes. Any other fault is Severity 3.
P:7.2 During the warranty period the Supplier shall respond to a Severity 1 fault within one hour, at any time of day, and restore service within one day; it shall respond to a Severity 2 fault within two hours and fix it within three days.
P:7.3 For each full hour by which a Severity 1 response is late, and for each full day by which a restoration is late, the Supplier shall pay the Buyer CNY 600. The Buyer may deduct these amounts from any payment due.
P:7.4 During each storage season the Supplier shall send the Buyer a monthly report of faults, response times and replaced devices.
H:8. Buyer Data and Security
P:8.1 All readings, alarms, pile records and yard maps ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:8.2 PileWatch is installed on the Buyer's servers. The Supplier may access the system remotely only through the Buyer's VPN, with the Buyer's approval for each session, and shall not copy Buyer Data out of the Buyer's network or out of China.
P:8.3 The Supplier shall protect Buyer Data with access control and logging, shall report any security incident to the Buyer within six hours, and is liable for losses caused by its breach of this clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including yard layouts, stock volumes and processing plans, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives for five years after the end of this Contract.
H:10. Intellectual Property
P:10.1 The PileWatch software and the probe firmware remain the property of the Supplier, which grants the Buyer a perpetual licence to use them with the supplied equipment.
P:10.2 Yard configurations, alarm rules, reports and the interface with the scheduling system made for the Buyer belong to the Buyer. The Supplier shall deliver their source files, and the Buyer may use and modify them freely and have them maintained by others.
H:11. Delay Damages and Liability
P:11.1 If the Supplier delays delivery or installation beyond clause 4.1, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the delay under clause 11.1 exceeds 40 days.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for undelivered or non-conforming items and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be resolved by negotiation. If negotiation fails within 30 days, either party may submit the dispute to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure, if it notifies the other party promptly and limits the effect.
P:15.2 This Contract is made in Chinese and English. Both texts have equal effect.
P:15.3 Amendments to this Contract are valid only if made in writing and signed by both parties.
P:15.4 Annexes: Annex 1 Technical Specifications; Annex 2 Yard Layouts and Probe Positions; Annex 3 Training Plan.
P:Buyer: Qiqihar Beiyuan Sugar Co., Ltd.    Signature and seal: ____________________
P:Supplier: Red River Sensing, Inc.    Signature: ____________________
"""

# ---------------------------------------------------------------- e04 (md, Sections + Schedules 1-3 as tables)
E04 = """# Managed IT Services Agreement

Agreement No. PLM-ZZ-2026-21

**Between**

**Zhumadian Huaxing Meat Products Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Zhumadian, Henan Province ("Customer"); and

**Prairie Line Managed IT, Inc.**, a Minnesota corporation with its office at 1130 Oxford Street, Worthington, Minnesota 56187, United States ("Provider").

## Background

Customer runs a pork processing plant, a cold store and a distribution centre in Zhumadian. It wishes to outsource the day-to-day operation of its IT environment to Provider, which will deliver the services through its service desk and its partner engineers based in Zhengzhou.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 4.

1.5 "Customer Data" means all data of Customer, its employees, suppliers and customers that Provider receives, accesses or processes in performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension must be agreed in writing by both parties; until a new agreement is signed, the Charges in Schedule 3 continue to apply unchanged.

## Section 3. Services

3.1 Provider shall perform the Services in Schedule 1 with suitably qualified staff, in accordance with good industry practice and Customer's site rules, including the hygiene and food-safety rules of the processing areas.

3.2 Provider shall name a service delivery manager who will meet Customer's IT manager monthly to review performance, incidents and planned changes.

3.3 Provider shall keep an up-to-date inventory of all devices, licences and network equipment it manages and give Customer a copy each quarter.

3.4 Provider shall follow Customer's change management process. Changes to production systems require Customer's prior approval, a test record and a rollback plan.

## Section 4. Transition and Acceptance

4.1 Provider shall complete the transition of the Services from Customer's in-house team within 60 days after signature, following the transition plan agreed at the kick-off meeting.

4.2 Transition acceptance criteria: (a) all devices listed in Schedule 1 are enrolled in Provider's monitoring and endpoint management tools; (b) the service desk has handled calls from all three sites for ten working days; (c) documented runbooks exist for backup, user administration and the cold-store temperature monitoring server; and (d) a restore test of the ERP database has been completed successfully.

4.3 When the criteria are met, Customer shall sign the Transition Acceptance Certificate within five working days or tell Provider in writing which criteria are not met. The start of monitoring or payment of an invoice is not acceptance.

4.4 If transition is not completed within the period in 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 60,000.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 and report its performance monthly.

5.2 If a Service Level is missed, Provider shall give Customer the service credits in Schedule 2, deducted from the next monthly invoice. Service credits do not limit Customer's other rights.

5.3 If the same Service Level is missed in three consecutive months, Provider shall submit and carry out an improvement plan approved by Customer.

5.4 Service Level measurements are taken from Provider's monitoring and ticketing tools, to which Customer has read access at all times.

## Section 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Service Term and include all staff, tools, travel and taxes.

6.2 The transition charge is invoiced after Transition Acceptance. Monthly charges are invoiced monthly in arrears. Customer shall pay within 30 days after receiving a valid VAT invoice. No advance payment is due.

6.3 If Customer disputes an invoice in good faith, it shall pay the undisputed part, and the parties shall settle the disputed part at the next monthly review meeting.

## Section 7. Customer Data

7.1 Customer Data remains the property of Customer at all times. Provider shall use Customer Data only to perform the Services and for no other purpose.

7.2 At the end of the Service Term Provider shall return all Customer Data and documentation in its possession to Customer.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information, including Customer's production volumes, prices, customer lists and system configurations, and shall not disclose it to any third party without the other party's prior written consent, except to its employees and advisers who need to know it.

8.2 This Section survives for five years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 Provider's tools, methods and software remain Provider's property.

9.2 Runbooks, network diagrams, configuration records and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and share them freely, including with a successor provider.

## Section 10. Personnel and Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Customer consents to the partner engineers named in Schedule 1. Provider is responsible for all subcontractors as for its own staff.

10.2 Provider shall replace any staff member whom Customer reasonably asks to be removed from its sites.

## Section 11. Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the total Charges payable for the Service Term, except for personal injury, wilful misconduct and breach of Section 8, for which liability is not limited.

11.2 Neither party is liable for loss of profit or for indirect loss.

## Section 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach, including repeated failure to meet the Service Levels, and does not remedy it within 30 days after written notice.

12.2 On expiry or termination Provider shall cooperate for up to 60 days in the transfer of the Services to Customer or a successor provider, at the monthly rate pro rata.

12.3 Customer may also terminate this Agreement for convenience on 90 days' written notice, paying the monthly charges up to the termination date.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.

## Section 14. General

14.1 Neither party is liable for failure caused by force majeure, provided it gives prompt notice and limits the effect.

14.2 This Agreement, with its Schedules, is the entire agreement on its subject matter. Amendments must be in writing and signed by both parties.

## Schedule 1. Services and Sites

| Service | Scope | Sites | Hours |
|---|---|---|---|
| Service desk | Telephone, email and WeChat support in Chinese for about 420 users | All sites | Every day, 06:00 to 22:00 |
| Endpoint management | Patching, antivirus updates and software deployment for 380 desktops, laptops and plant tablets | All sites | Business days |
| Network operations | Monitoring and configuration of 46 switches, 120 access points and 3 firewalls | Plant, cold store, distribution centre | Every day, at all times |
| Server and backup operations | Operation of 14 servers, daily backup of ERP, weighing and cold-store monitoring systems, monthly restore test | Plant server room | Every day, at all times |
| On-site support | One resident engineer at the plant; visits to other sites on request | Plant; others on request | Business days |

Partner engineers approved under Section 10.1: Zhengzhou Lianxun Network Engineering Co., Ltd.

## Schedule 2. Service Levels and Service Credits

| Service Level | Target | Service credit if missed |
|---|---|---|
| Network availability, per site, per calendar month | 99.5% | 3% of the monthly charge for each 0.1 percentage point below target |
| Priority 1 incident (a whole site, the ERP or the cold-store monitoring system is down): response | 30 minutes | CNY 1,000 per started hour of delay |
| Priority 1 incident: restoration | 6 hours | CNY 2,000 per started hour of delay |
| Priority 2 incident (a department or a line is affected): response | 2 hours | CNY 300 per started hour of delay |
| Service desk: calls answered within 60 seconds | 90% of calls | 2% of the monthly charge |
| Monthly backup restore test | Completed and reported | 2% of the monthly charge |

## Schedule 3. Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | One-time, after Transition Acceptance | 84,000 |
| Monthly service charge | 68,500 per month for 36 months | 2,466,000 |
| **Total Charges for the Service Term** | | **2,550,000** |

Additional users above 460 are charged at CNY 95 per user per month. All Charges include VAT.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, numbered clauses)
E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. NSD-RZ-2026-07

This Data Subscription Agreement (the "Agreement") is made between:

Rizhao Haitong Pulp Trading Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Rizhao, Shandong Province ("Customer"); and

North Shore Data Services LLC, a Minnesota limited liability company with its office at 1002 Cloquet Avenue, Cloquet, Minnesota 55720, United States ("Provider").

Customer imports wood pulp and wishes to receive market price, mill inventory and freight data through an application programming interface for use in its purchasing and pricing systems. Provider compiles such data from mills, ports and shipping sources. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means Provider's Pulp Market Prices series, its North American and Nordic mill inventory indicators, and its bulk and container freight-rate series, as described in Exhibit A.

1.2 "API" means Provider's REST application programming interface through which the Data Products are delivered.

1.3 "Subscription Year" means the first or the second year of the Subscription Term. The "Subscription Term" starts on the date of Integration Acceptance under clause 4 and ends on the last day of the second Subscription Year.

1.4 "Customer Mappings" means the field mappings, unit conversions, currency conversions and import scripts that Provider develops for Customer to load the Data Products into Customer's systems.

1.5 "Customer Data" means the queries, portfolio lists, purchase volumes and any other information that Customer sends to Provider or uploads to the API.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive and non-transferable right to access the Data Products through the API and through Provider's web portal, and to use them internally for purchasing, pricing, budgeting and risk management.

2.2 Customer may use up to 25 named portal users and up to 200,000 API calls per calendar month. Calls above this volume are charged at the overage rate in Exhibit B.

2.3 Customer may show figures derived from the Data Products in internal reports and in reports to its shareholders and banks, but shall not resell or publish the Data Products as such.

2.4 Provider will update each series at the frequency stated in Exhibit A. Provider may change the methodology of a series on 60 days' notice, and will describe the change in its methodology notes.

2.5 Customer is responsible for keeping its API credentials secure and for all use made of its accounts.

3. FEES AND PAYMENT

3.1 The fees are: subscription fee of CNY 318,000 for each Subscription Year, that is CNY 636,000 for the Subscription Term; and an integration fee of CNY 22,000, payable once. The total fees for the Subscription Term are CNY 658,000, inclusive of VAT. API overage charges are payable in addition.

3.2 The integration fee is invoiced after Integration Acceptance. Subscription fees are invoiced quarterly in arrears, at CNY 79,500 per quarter. No advance payment is due under this Agreement.

3.3 Customer shall pay each correct invoice within 30 days of receipt by bank transfer in CNY to Provider's collection account in China named in the invoice. Late payments bear interest at the loan prime rate published by the National Interbank Funding Center.

3.4 The fees are fixed for the Subscription Term.

3.5 Provider shall issue, through its collection agent in China, invoices that comply with Chinese tax rules.

4. INTEGRATION AND ACCEPTANCE

4.1 Within 45 days after signature, Provider shall issue API credentials, develop the Customer Mappings and support Customer's IT team in connecting the API to Customer's purchasing system and price database.

4.2 Integration Acceptance criteria: (a) every series listed in Exhibit A can be retrieved through the API with the fields and units described there; (b) the Customer Mappings load five years of history into Customer's price database without rejected records, and ten samples checked by Customer match the portal values; (c) daily updates load automatically on ten consecutive business days; and (d) Provider has delivered the Customer Mappings with documentation.

4.3 Customer shall sign the Integration Acceptance Certificate within five business days after the criteria are met, or tell Provider in writing which criteria have not been met, in which case Provider shall correct the shortfall and the tests shall be repeated. Access to the portal before acceptance is not acceptance.

5. SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API and the portal available and to publish each update on time.

5.2 Customer may raise support requests by email or through the portal. Provider will answer support requests promptly during its business hours, Monday to Friday, Central Time, and will use reasonable efforts to correct data errors brought to its attention.

5.3 Provider will announce planned maintenance on the portal in advance where practicable.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Products and the support under this Agreement, and shall not use it for any other purpose, including in aggregated or anonymised form.

6.2 Provider shall protect Customer Data by encryption in transit and at rest, access control limited to named support staff, multi-factor authentication and access logging. Provider shall notify Customer within six hours after becoming aware of any unauthorised access to or loss of Customer Data, take prompt steps to contain it, and report on its cause and remedy within five days.

6.3 Provider is liable for losses suffered by Customer as a result of a security incident caused by Provider's failure to comply with clause 6.2.

6.4 On expiry or termination Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's purchase volumes and supplier terms and Provider's non-public pricing, and shall use it only for the purposes of this Agreement.

7.2 This clause 7 continues for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Provider and its sources own the Data Products and the API. Nothing in this Agreement transfers ownership of them to Customer.

8.2 The Customer Mappings belong to Customer. Provider shall deliver their source code with the Integration Acceptance documentation, and Customer may use, modify and license them freely, including with data from other providers.

9. WARRANTIES

9.1 Provider warrants that it compiles the Data Products with reasonable skill and care from sources it believes to be reliable, and that it has the rights needed to license them to Customer.

9.2 Customer acknowledges that market data are estimates and that purchasing and pricing decisions remain Customer's responsibility.

9.3 If a series contains an error that Provider confirms, Provider will publish a correction and notify Customer by email.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for breach of clauses 6 and 7, infringement of intellectual property and wilful misconduct, for which liability is not limited.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract the integration work or the hosting of the API, or any other part of its obligations, without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

11.2 Neither party may assign this Agreement without the prior written consent of the other party.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically. The parties may agree on a new subscription in writing before expiry.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice of the breach.

12.3 If Customer terminates under clause 12.2, Provider shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding.

14. GENERAL

14.1 Neither party is liable for delay or failure caused by force majeure, provided it notifies the other party promptly.

14.2 This Agreement, with Exhibit A (Data Products and Update Frequency) and Exhibit B (Usage and Overage Rates), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

14.3 This Agreement is signed in two English originals with a Chinese translation for reference.

14.4 Notices shall be in writing and sent by courier or email to the addresses given at the head of this Agreement.

EXHIBIT A - DATA PRODUCTS AND UPDATE FREQUENCY

Pulp Market Prices (bleached softwood kraft, bleached hardwood kraft, unbleached kraft, fluff pulp; China, Europe and North America delivered prices): weekly, published Tuesday, Central Time.
Mill inventory indicators (North American and Nordic producers, days of supply): monthly.
Freight-rate series (bulk and container routes from North America, Scandinavia and South America to Chinese ports): weekly.

EXHIBIT B - USAGE AND OVERAGE RATES

Included volume: 200,000 API calls per calendar month. Overage: CNY 0.08 per additional call, invoiced quarterly in arrears.

For Customer: ____________________    For Provider: ____________________
"""

# ================================================================ build
RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
         "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
         "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
         "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file, lang, category, source, format, terms (in KEYS order), extra, design rules,
#       forum outside mainland China, TCO fee base (itemised licence / hardware subtotal) or None)
DESIGN = {
    "z01": ("h996z01_green_factory_evaluation_platform_gov.pdf", "zh", "software", Z01, "pdf",
            [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1558000),
            [], False, 860000),
    "z02": ("h996z02_mosquito_swatter_line_control_retrofit.docx", "zh", "hardware", Z02, "docx",
            [None, 1, True, "buyer", True, True, True, 0.08, None, 20, False, False, 18, 7, False, True, True,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1070000),
            ["CR-ACCEPTANCE", "CR-SUBCONTRACT"], False, 908400),
    "z03": ("h996z03_art_exam_chain_booking_membership_saas.txt", "zh", "cloud", Z03, "txt",
            [99.5, 0.5, True, "buyer", True, True, True, 600 / 674000 * 100, 150, None, True, None, None, None, True,
             True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=674000),
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], False, None),
    "z04": ("h996z04_bridge_expansion_joint_monitoring_om.txt", "zh", "services", Z04, "txt",
            [99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
             False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=486000),
            ["CR-CONFIDENTIALITY", "CR-TERMINATION"], False, None),
    "z05": ("h996z05_tihong_studio_process_tracking_supplier_template.md", "zh", "software", Z05, "md",
            [None, 8, False, "supplier", True, False, True, 0.02, None, 65, True, True, 6, 26, False, True, None,
             "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=325000),
            ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], False, 226000),
    "e01": ("h996e01_cmms_perpetual_licence_faribault_vendor.pdf", "en", "software", E01, "pdf",
            [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True, False,
             "Minnesota", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1804000),
            ["CR-GOVERNING-LAW"], True, 1236000),
    "e02": ("h996e02_feed_traceability_saas_order_form_mobridge_vendor.md", "en", "cloud", E02, "md",
            [99.95, 0.5, True, "buyer", True, True, True, 700 / 758000 * 100, 6 / 24 * 100, None, True, None, None,
             None, True, True, True, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=758000),
            ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"], False, None),
    "e03": ("h996e03_beet_pile_sensors_monitoring_wahpeton_vendor.docx", "en", "hardware", E03, "docx",
            [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 9, False, True, False, "PRC", G],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1500000),
            [], False, 1329600),
    "e04": ("h996e04_meat_plant_managed_it_36_months_worthington_vendor.md", "en", "services", E04, "md",
            [99.5, 0.5, True, "buyer", False, True, True, 2000 / 2550000 * 100, 150, None, True, None, None, None,
             False, True, False, "PRC", S],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2550000),
            ["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"], False, None),
    "e05": ("h996e05_pulp_market_data_api_cloquet_vendor.txt", "en", "cloud", E05, "txt",
            [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
             "PRC", S],
            dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=658000),
            ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], False, None),
}

# policy thresholds (defaults of §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)


def tco_share(t, extra, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or base is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (extra["contract_value"] + fees) * 100


def derive(t, extra, forum_outside, base):
    """My reading of policy §3 and 'Where rules apply, and how clauses are read'."""
    r = set()
    if not extra["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if extra["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not extra["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or extra["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not extra["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, extra, base)
        if share is not None and share > TH["tco_share"]:
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
    high = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
            "CR-POST-WARRANTY-FEE"}
    if high & set(rules):
        return "high"
    if set(rules) - {"CR-GOVERNING-LAW"}:  # CR-GOVERNING-LAW is the only low rule
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold-figure scan
ZH_NUM = "零一二三四五六七八九十"
PATTERNS = [
    r"99\.90*(?![0-9])", r"百分之九十九点九(?![" + ZH_NUM + "])",
    r"(?<![0-9.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"four[\s-]*hours?", r"(?<![十" + ZH_NUM + "])四\s*个?\s*小时",
    r"(?<![0-9.])0?\.050*(?![0-9])", r"万分之五(?![" + ZH_NUM + "])", r"千分之零点五",
    r"(?<![0-9.])(?:100|30|40|15)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:一)?百(?![" + ZH_NUM + "])", r"百分之(?:三十|四十|十五)(?![点" + ZH_NUM + "])",
    r"(?:one\s*hundred|thirty|forty|fifteen)[\s-]*(?:percent|per\s*cent)", r"[三四]成",
    r"(?<![0-9.])12\s*-?\s*(?:months?|个月)", r"(?<![0-9.年])12\s*月", r"twelve[\s-]*months?", r"十二个?月",
    r"(?<![a-z])one[\s-]*year(?![a-z])", r"(?<![0-9.])1\s*-?\s*years?(?![a-z])", r"(?<![第每上同十" + ZH_NUM + "])一年",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "four-hour", "4-hour", "0.05%", "0.050 %", "万分之五",
            "100%", "100 percent", "百分之百", "30%", "30 %", "百分之三十", "40％", "百分之四十", "15%",
            "百分之十五", "fifteen per cent", "12 months", "12个月", "十二个月", "twelve months", "12-month", "质保期12月",
            "one year", "one-year", "1 year", "一年", "千分之零点五"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "万分之五十",
             "130%", "2.30%", "百分之三十五", "150%", "115%", "18 months", "十八个月", "112 months", "0.055%",
             "第一年", "每一年", "上一年度", "one Subscription Year", "45%", "35%", "35 percent", "200%", "2 hours",
             "1,500,000", "2026年12月____日", "2027年12月31日"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    bins = {k: v for k, v in DESIGN.items() if v[4] in ("docx", "pdf")}
    write({k: v[3] for k, v in bins.items()}, {k: (v[0], v[4]) for k, v in bins.items()}, OUT, wrap_words=True)
    covered = set()
    bad = []
    for key, (name, lang, cat, src, fmt, vals, extra, design, forum, base) in DESIGN.items():
        path = OUT / name
        if fmt in ("txt", "md"):
            path.write_text(src.strip("\n") + "\n", encoding="utf-8")
        t = dict(zip(KEYS, vals))
        assert len(vals) == len(KEYS)
        text = read_back(path)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            bad.append((name, n))
        hits = scan(text) + scan(src)
        assert not hits, (name, hits)
        for k, th in TH.items():
            if k in t and isinstance(t[k], (int, float)) and not isinstance(t[k], bool):
                assert abs(t[k] - th) > 1e-9, (name, k)
        share = tco_share(t, extra, base)
        if share is not None:
            assert abs(share - TH["tco_share"]) > 2, (name, share)
        rules = derive(t, extra, forum, base)
        assert rules == sorted(design), (name, rules, design)
        covered |= set(rules)
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        ex = {k: extra[k] for k in ("sla_clause", "ld_stated", "post_warranty_fee_capped",
                                     "acceptance_deemed_on_delivery", "contract_value") if k in extra}
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": ex,
                 "expected_rules": rules}
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-66s %-5s %6d  risk %-6s TCO %s  %s" % (name, lang, n, risk(rules),
              "-" if share is None else "%.1f%%" % share, ", ".join(r[3:] for r in rules) or "(none)"))
    assert not bad, bad
    assert covered == set(RULES), sorted(set(RULES) - covered)
    print("all 20 rules covered")
