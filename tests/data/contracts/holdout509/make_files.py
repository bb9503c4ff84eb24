"""holdout509: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Uses only ../word_pdf.py for .docx/.pdf.
Checks: price sums, read-back lengths, threshold scan (self-tested), expected rules derived from the labels by my own
reading of policy.md section 3, compared with the design list, and full coverage of the 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H509Z01 = """
T:江川市危险化学品安全监管平台建设项目合同
P:合同编号：JCYJ-ZFCG-2026-017
P:采购人（甲方）：江川市应急管理局
P:地址：江川市滨河路18号
P:供应商（乙方）：安衡数智科技有限公司
P:地址：南京市江宁区秣周东路9号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及江川市危险化学品安全监管平台建设项目（采购编号：JCCG-2026-0231）公开招标结果，甲乙双方经协商一致，订立本合同。招标文件、乙方投标文件、中标通知书及乙方在评标过程中作出的书面承诺均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“安衡危化品监管平台V5”软件永久使用许可，并为甲方定制开发重大危险源在线监测接入、企业风险分级评估、危险化学品运输电子运单核验、执法检查移动端四个模块，完成部署、数据对接、培训和试运行。
P:1.2 平台部署在江川市政务云，与省应急管理厅危化品监管系统、市场监管企业登记数据及交通运输车辆定位数据对接。乙方应配合甲方完成网络安全等级保护第三级测评及整改。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,460,000元（大写：贰佰肆拾陆万元整），为固定总价，已包含税费及乙方完成本项目所需的全部费用，甲方不再另行支付其他费用。
P:2.2 价款构成：平台软件永久许可（含20个企业端授权包、200个监管端账号）1,280,000元；定制开发（四个模块）960,000元；部署实施与数据对接186,000元；培训34,000元。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%作为预付款，即492,000元；乙方应在收款前提交等额银行保函。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即1,107,000元。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，即861,000元。
P:3.4 每次付款前，乙方应开具合法有效的增值税发票。甲方以国库集中支付方式付款。
P:3.5 乙方应在合同签订后7个工作日内向甲方提交合同总价5%的履约保证金（银行保函形式），终验合格后无息退还。
H:第四条 工期与交付
P:4.1 乙方应在合同签订后90日内完成全部定制开发和部署，并向甲方提出初验申请；初验通过后进入试运行，试运行期为60日。
P:4.2 乙方应交付：软件安装介质及许可文件、定制模块源代码、数据库设计说明、接口文档、用户手册、运维手册和培训材料。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须为投标文件所列人员，未经甲方同意不得更换。
P:4.4 乙方应在合同签订后10日内向甲方提交详细实施方案，包括进度计划、人员分工、数据对接方案、安全保障措施和风险应对措施，经甲方确认后实施。实施过程中，乙方每两周向甲方提交书面进度报告，重大问题应即时报告。
P:4.5 培训：乙方应为甲方及各区县应急管理部门提供不少于6期集中培训，每期不少于1日，培训对象包括系统管理员、执法人员和企业填报人员，培训后应组织操作考核。
H:第五条 验收
P:5.1 初验标准：（1）招标文件技术要求及第一条所列功能全部实现；（2）已接入不少于120家重点企业的重大危险源监测数据，数据上报延迟不超过60秒；（3）在500个并发用户下，常用页面响应时间不超过3秒；（4）第三方安全测评无高危漏洞。
P:5.2 试运行期满、系统连续运行无一级故障且遗留问题全部整改后，乙方申请终验。甲方组织专家按初验标准、试运行记录和交付文档进行终验，并出具书面验收报告。
P:5.3 系统上线运行、甲方使用系统或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为终验合格之日起24个月。质保期内乙方免费提供缺陷修复、版本升级、远程和现场技术支持，并每季度进行一次巡检。
P:6.2 服务水平：平台月可用率不低于99.95%（计划维护除外）。一级故障（平台整体不可用或监测数据中断）乙方应在30分钟内响应、2小时内到达现场、6小时内恢复；二级故障2小时内响应、24小时内解决；三级问题在下一版本中解决。
P:6.3 乙方未达到前款响应或恢复时限的，每超时1小时扣减履约保证金2,000元；月可用率每低于约定值0.01个百分点，扣减1,000元。
P:6.4 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即102,400元/年），此后三个服务年度内不上调，另行签订维护合同，不自动续期。
H:第七条 知识产权
P:7.1 平台软件标准产品部分的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 定制开发模块及其源代码、文档等成果的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和升级。乙方保证交付物不侵犯任何第三方的合法权利。
H:第八条 数据安全
P:8.1 平台中的企业监测数据、执法检查记录、运单数据及日志等全部数据归甲方所有，乙方仅可为履行本合同处理，不得留存、复制或用于其他任何目的。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、加密存储和操作审计；运维人员须经甲方审批并通过堡垒机操作，不得将数据导出政务云。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 违约责任
P:9.1 乙方未按第四条约定期限提出初验申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:9.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
P:9.3 乙方交付的软件侵犯第三方权利的，由乙方负责处理并赔偿甲方因此遭受的全部损失。
H:第十条 分包
P:10.1 乙方不得将本项目转包，也不得将本项目的任何部分分包给第三方。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:13.2 合同附件包括：技术需求响应表、功能清单、项目实施计划和培训计划。
P:13.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江川市应急管理局    代表签字：__________    日期：2026年3月__日
P:乙方（盖章）：安衡数智科技有限公司    代表签字：__________    日期：2026年3月__日
"""

H509Z02 = """
T:瓦楞纸板生产线控制系统改造及维保合同
P:合同编号：HX-SB-2026-042
P:甲方：浙江恒信包装纸品有限公司
P:地址：湖州市吴兴区织里镇工业园纬三路6号
P:乙方：杭州智衡自动化工程有限公司
P:地址：杭州市余杭区良渚街道好运街21号
P:鉴于甲方2号五层瓦楞纸板生产线（幅宽2500毫米）原控制系统老化、备件停产，甲方经比选确定由乙方实施控制系统改造并提供维保服务，双方经协商一致，订立本合同。
H:一、改造范围
P:（一）更换主控PLC及远程I/O站，更换湿部、干部共18台变频器，新增张力与温度闭环控制。
P:（二）更换操作台HMI及工控机，新增上胶量和纸板翘曲在线检测相机。
P:（三）定制开发生产排程接口软件，实现与甲方ERP订单、MES报工数据对接，并开发车间生产看板。
P:（四）完成安装、接线、调试、联动试车及操作维护培训。改造须在甲方计划停机窗口（不超过10日）内完成。
P:（五）培训：乙方应为甲方电气维修人员和操作工提供不少于3日的现场培训，内容包括系统操作、故障诊断、参数备份和日常保养。
H:二、合同价款
P:（一）合同总价为人民币2,270,000元（含13%增值税），为固定总价。价格明细如下：
TB:序号|项目|数量|金额（元）
TB:1|主控PLC及远程I/O站|1套|486,000
TB:2|变频器（含制动单元）|18台|612,000
TB:3|操作台HMI及工控机|4套|168,000
TB:4|张力及温度闭环控制单元|1套|214,000
TB:5|上胶量及翘曲检测相机系统|2套|356,000
TB: |软硬件小计| |1,836,000
TB:6|排程接口及生产看板定制开发|1项|142,000
TB:7|安装调试及联动试车|1项|268,000
TB:8|培训|1项|24,000
TB: |合同总价| |2,270,000
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%，即454,000元，作为预付款。
P:（二）设备到货并经双方清点签收后，甲方支付合同总价的45%，即1,021,500元。到货签收仅确认数量和外观，不视为验收。
P:（三）最终验收合格后15个工作日内，甲方支付合同总价的35%，即794,500元。
P:（四）每次付款前，乙方应开具等额增值税专用发票；甲方付款时有权扣除乙方应支付的违约金及扣减款项。
H:四、工期
P:（一）乙方应在合同签订后45日内完成全部设备到货，并在甲方书面确认的停机窗口内完成改造、恢复生产。
P:（二）乙方应在进场前提交施工方案、安全措施和停机计划，经甲方确认后实施。
P:（三）乙方施工人员进入甲方厂区应遵守甲方安全生产管理制度，动火、登高、带电作业须办理作业许可；因乙方原因造成的安全事故由乙方负责。
P:（四）停机窗口内，乙方应安排不少于10名工程师两班作业，并配备必要的备用模块；甲方负责提供停机期间的临时电源和吊装配合。
H:五、验收
P:（一）改造完成后，生产线应连续生产72小时并同时满足：设计车速达到每分钟220米；纸板翘曲不良率不高于0.8%；张力控制偏差不超过±3%；排程接口数据与ERP、MES核对一致；检测相机漏检率低于0.5%。
P:（二）满足上述条件后，甲方组织最终验收并签署验收报告。设备安装、通电试车或甲方使用生产线生产，均不视为验收合格。验收不合格的，乙方应在7日内整改并重新验收。
P:（三）乙方应在验收前提交竣工资料：电气图纸、I/O清单、PLC程序及注释、HMI组态文件、变频器参数表、接口说明和操作维护手册（纸质及电子版各两套）。
H:六、质保与维保
P:（一）质保期为最终验收合格之日起十八个月。质保期内乙方免费维修或更换故障部件、修复软件缺陷，并每季度现场巡检一次。
P:（二）质保期内，改造后控制系统的月可用率（按生产排班时间计算）不低于99.5%。
P:（三）一级故障（生产线停机）乙方应在1小时内响应、6小时内到达现场、12小时内恢复生产；二级故障（单台设备或单一功能异常）8小时内响应、48小时内解决。
P:（四）乙方未达到上述响应或恢复时限的，每超时1小时向甲方支付1,500元；月可用率每低于约定值0.1个百分点，扣减2,000元。
P:（五）质保期满后的维保：年度维保费为软硬件小计的8%，即146,880元/服务年度，质保期满后三个服务年度内不上调；维保合同逐期签订，不自动续期。维保期内的服务水平与质保期相同。
P:（六）质保期内乙方应在甲方仓库存放常用备件（变频器驱动板、I/O模块、相机光源各不少于2件），质保期满后备件由甲方按成本价购买。
H:七、知识产权
P:（一）排程接口及生产看板的源代码、配置文件和文档归甲方所有，甲方可自行修改或交由第三方维护。PLC程序及HMI组态工程文件交付甲方，归甲方所有。
P:（二）变频器、相机等设备内置软件的知识产权归原厂所有，甲方享有随设备永久使用的权利。
P:（三）乙方保证交付的设备、软件及技术资料不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:八、数据安全
P:（一）生产数据、订单数据、工艺参数等归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或提供给第三方。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方指定的VPN和账号进行，并保留操作记录；不得在控制网络中接入未经甲方检测的设备。
P:（三）因乙方原因导致数据泄露、被篡改或控制系统遭受网络攻击的，乙方应在2小时内通知甲方，采取补救措施并承担赔偿责任。
P:（四）合同终止或维保结束后，乙方应删除其持有的甲方数据并注销远程访问账号，并书面确认。
H:九、保密
P:（一）双方对在履行本合同过程中获知的对方技术信息、工艺参数、客户及价格信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内持续有效。
H:十、违约责任
P:（一）乙方逾期到货或未能在停机窗口内完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:（二）乙方对本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但人身伤害和故意行为造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:十一、分包
P:（一）电气安装中的桥架、线缆敷设可由乙方分包，但须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约且在收到甲方书面通知后15日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
P:（二）合同解除的，乙方应退还甲方已付但未履行部分的价款，已安装设备可由甲方选择保留并按实际价值结算。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，提交湖州仲裁委员会仲裁。
P:（二）本合同附件包括设备清单、技术协议、施工方案和验收记录表，与本合同具有同等效力。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：浙江恒信包装纸品有限公司    授权代表：__________
P:乙方（盖章）：杭州智衡自动化工程有限公司    授权代表：__________
P:签订日期：2026年4月__日
"""

H509Z03 = """明视眼镜门店验光及库存管理SaaS服务合同

合同编号：MS-IT-2026-009
甲方：苏州明视眼镜连锁有限公司（以下简称“甲方”）
地址：苏州市姑苏区人民路1120号
乙方：上海瞳云信息技术有限公司（以下简称“乙方”）
地址：上海市闵行区紫竹科学园区东川路555号

鉴于甲方在江苏省内经营45家眼镜门店，需要统一的验光档案、镜片镜架库存、门店调拨及会员管理系统，乙方提供“瞳云零售”SaaS服务，双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方45家门店及总部开通“瞳云零售”SaaS服务，包括验光档案、配镜订单、库存与调拨、供应商采购、会员营销及经营报表模块。
1.2 乙方提供实施服务：历史验光档案及库存数据迁移、与甲方财务系统和电商平台的接口对接、门店收银设备联调、店长及验光师培训，以及为甲方定制的“镜片加工单”流程和区域经营报表。
1.3 服务期为三个服务年度，自全部门店上线验收合格之日起计算。
1.4 乙方应为甲方指定一名项目经理负责实施，并为苏州、无锡、南通三个区域各安排一名现场实施顾问。
1.5 实施内容还包括门店验光仪数据接口调试；对于无法直连的旧型号验光仪，乙方应提供手工录入模板。

2. 服务费用
2.1 订阅费：门店端每店每服务年度6,800元，45家门店合计306,000元；总部管理端每服务年度48,000元；订阅费合计每服务年度354,000元，三个服务年度合计1,062,000元。
2.2 实施费：138,000元，一次性支付。
2.3 本合同总价为人民币1,200,000元（含税）。
2.4 服务期内新增门店的，按每店每服务年度6,800元按月折算，另行结算。
2.5 上述费用包含平台升级、短信通道（每服务年度50万条以内）及标准接口维护费用。

3. 付款方式
3.1 本合同不设预付款。
3.2 实施费在全部门店上线验收合格后15个工作日内支付。
3.3 订阅费按季度支付：每季度结束后15个工作日内，甲方根据乙方提交并经甲方确认的当季服务水平报告，支付当季订阅费88,500元（扣除应扣减的服务费）。
3.4 乙方应在收款前开具合法有效的增值税专用发票。
3.5 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

4. 上线与验收
4.1 乙方应在合同签订后60日内完成全部门店上线。
4.2 上线验收标准：（1）迁移的验光档案和库存数据经抽样核对无差错，抽样不少于2,000条；（2）所有门店完成不少于3日的正常营业使用，无一级故障；（3）与财务系统、电商平台的接口对账一致；（4）门店端常用操作响应时间不超过2秒。
4.3 甲方在收到乙方验收申请后10个工作日内组织验收并出具书面意见。门店开通账号或试用，均不视为验收合格。
4.4 验收不合格的，乙方应在10日内整改并重新提交验收；因乙方原因两次验收不合格的，甲方有权解除合同。

5. 服务水平
5.1 系统月可用率不低于99.95%。计划维护应在凌晨0:00至6:00进行，并提前3日通知甲方。
5.2 一级故障（全部或多家门店无法开单、收银）乙方应在30分钟内响应、3小时内恢复；二级故障（单店或单一模块不可用）1小时内响应、8小时内解决。
5.3 服务扣减：月可用率低于99.95%但不低于99.5%的，扣减当月订阅费的5%；低于99.5%的，扣减当月订阅费的10%；一级故障超过恢复时限的，每超时1小时另行扣减当月订阅费的1%。
5.4 乙方每月5日前向甲方提交上月服务水平报告，列明可用率、故障记录、处理时长及应扣减金额，经甲方确认后作为付款依据。
5.5 乙方提供7×24小时故障受理热线，工作日9:00至21:00提供门店业务咨询服务，并为甲方配备专属客户经理。

6. 逾期违约
6.1 乙方未按第4.1条完成全部门店上线的，每逾期一日按合同总价的0.1%向甲方支付违约金，累计不超过合同总价的10%。

7. 数据权属与使用
7.1 甲方的会员信息、验光数据、订单和库存数据（“甲方数据”）归甲方所有。
7.2 乙方可对甲方数据进行脱敏和汇总处理后，用于改进乙方产品、训练验光辅助模型及编制行业分析报告，此项使用在本合同终止后继续有效。

8. 数据安全
8.1 乙方应按照《中华人民共和国个人信息保护法》和网络安全等级保护第三级要求保护甲方数据：数据存储于中国境内，传输和存储加密，访问按最小权限授权并留存审计日志。
8.2 发生数据泄露等安全事件的，乙方应在2小时内通知甲方并采取处置措施；因乙方原因导致的，乙方承担全部赔偿责任，包括甲方因此承担的行政罚款及对顾客的赔偿。
8.3 合同终止后30日内，乙方应以通用格式向甲方返还全部甲方数据，并在甲方确认后删除。
8.4 乙方应每服务年度聘请第三方机构对平台进行安全评估，并向甲方提供评估报告摘要。

9. 知识产权
9.1 “瞳云零售”平台的知识产权归乙方所有。
9.2 为甲方定制的镜片加工单流程、区域经营报表和接口程序归甲方所有，乙方应交付源代码或配置文件，甲方可自行或委托第三方修改和使用。
9.3 乙方保证平台及交付物不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。

10. 保密
10.1 双方对在合作中获知的对方经营信息、价格、顾客资料及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。
10.2 乙方应要求其员工签署保密承诺，并对员工违反保密义务的行为承担责任。

11. 分包
11.1 乙方可将门店现场实施、设备联调等工作委托第三方服务商完成，但应提前书面通知甲方；乙方对第三方服务商的工作承担责任。

12. 续期
12.1 服务期届满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
12.2 每次续期时，乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，并应提前30日通知甲方。

13. 合同解除
13.1 任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除合同。因乙方违约导致合同解除的，乙方应退还甲方已付但尚未使用服务期的订阅费。
13.2 合同解除或终止后，乙方应配合甲方完成数据迁移，协助期不少于30日，期间不得中断服务。

14. 争议解决
14.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交苏州仲裁委员会仲裁。

15. 其他
15.1 本合同附件（门店清单、功能清单、服务水平报告模板）为本合同组成部分。
15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：苏州明视眼镜连锁有限公司        授权代表：__________
乙方（盖章）：上海瞳云信息技术有限公司        授权代表：__________
签订日期：2026年5月__日
"""

H509Z04 = """南岭市气象局预报业务系统运维服务合同

项目编号：NLQX-CS-2026-006（竞争性磋商）
甲方（采购人）：南岭市气象局
地址：南岭市云台区气象路2号
乙方（成交供应商）：北京云岚气象科技有限公司
地址：北京市海淀区中关村南大街46号

根据《中华人民共和国政府采购法》及南岭市气象局预报业务系统运维服务项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就预报业务系统运维服务订立本合同。

第一条 服务范围
（1）运维对象：智能网格预报平台、短临预警系统、预报产品制作与分发系统、气象大数据环境，以及配套的28台服务器、2套存储和网络安全设备。
（2）服务内容：驻场运维（2名工程师，工作日8:00至18:00）、7×24小时远程监控和应急响应、重大天气过程现场保障、月度巡检、软件缺陷修复和版本升级、安全加固。
（3）乙方应在合同生效后5日内完成驻场人员到位和运维交接，并提交运维方案。
（4）乙方应建立运维服务台，统一受理甲方业务科室的服务请求，并通过甲方运维管理平台记录工单，工单记录保存至服务期结束。
（5）乙方驻场工程师应具备3年以上气象业务系统运维经验，名单经甲方确认后不得随意更换；确需更换的，应提前10日书面申请并经甲方同意。
（6）乙方应每月对服务器、存储及网络安全设备进行一次全面巡检，检查硬件状态、磁盘空间、日志告警和补丁情况，形成巡检记录。

第二条 服务期
服务期自2026年5月1日起至2027年4月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，按政府采购程序另行办理。服务期内如甲方业务系统扩容或新增系统，双方可另行协商运维范围和费用。

第三条 合同价款
（1）本合同总价为人民币864,000元（含税），为固定总价。
（2）价款构成：驻场运维服务516,000元；远程监控及应急保障168,000元；软件维护及升级132,000元；安全加固及巡检48,000元。
（3）上述价格包含乙方人员工资、差旅、单件价格2,000元以下的易损备件、工具及税费等全部费用。

第四条 付款方式
（1）本合同不设预付款。
（2）服务费按季度支付，每季度216,000元。每季度考核合格后15个工作日内，甲方根据考核结果支付当季服务费（扣除按第七条应扣减的金额）。
（3）乙方应在每季度首月5日前提交上季度考核材料，并开具合法有效的增值税发票。

第五条 服务水平
（1）预报业务核心系统（智能网格预报平台、短临预警系统）月可用率不低于99.95%，其他运维对象的月可用率同样不低于99.95%。
（2）一级故障（核心系统中断、预警信息无法发布）乙方应在15分钟内响应、2小时内恢复；二级故障（单一功能异常）30分钟内响应、8小时内解决；三级问题2个工作日内解决。
（3）重大天气过程期间，乙方应按甲方通知在1小时内安排工程师到岗值守。
（4）乙方每月提交运维月报，内容包括系统运行情况、故障处理、巡检发现的问题及整改建议；重大故障处理完毕后24小时内提交故障分析报告。
（5）乙方应制定汛期及重大天气过程保障预案，每季度组织一次应急演练，演练记录报甲方备案。
（6）乙方应在服务期内完成不少于两次系统版本升级和安全补丁集中更新，升级前提交方案并在非业务高峰时段实施。

第六条 考核与验收
（1）甲方每季度按以下标准考核：核心系统月可用率达标；故障响应和恢复时限达标率不低于95%；月度巡检报告按时提交；驻场人员出勤达标；无因乙方原因造成的服务责任事故。
（2）服务期满前，乙方提交运维总结、配置清单、运维文档和脚本，甲方按上述标准组织期末验收并出具书面验收意见。未达标准的，乙方应在10日内整改。
（3）季度考核结果作为支付当季服务费的依据；考核不合格的，甲方有权暂缓支付当季服务费，直至乙方整改完成。

第七条 服务扣减
（1）核心系统月可用率每低于约定值0.01个百分点，扣减当季服务费2,000元。
（2）一级故障超过恢复时限的，每超时1小时扣减1,500元。
（3）驻场工程师缺勤的，每人每日扣减800元。
（4）当季扣减总额不超过当季服务费的20%；超过的，视为当季考核不合格。
（5）上述扣减不影响甲方依据第八条要求乙方承担违约责任的权利。乙方对扣减结果有异议的，可在收到考核结果后5个工作日内提出书面说明，甲方应在5个工作日内复核并答复。

第八条 违约责任
（1）乙方未能按第一条第（3）项完成驻场人员到位和运维交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（2）因乙方原因导致预警信息未能按时发布并造成损失的，乙方应赔偿甲方全部损失。
（3）甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
（4）乙方人员在甲方场所造成人身伤害或财产损失的，由乙方承担赔偿责任。

第九条 数据安全
（1）预报产品、观测数据、系统配置和日志均归甲方所有，乙方仅可为本合同运维目的访问，不得复制、留存或向第三方提供。
（2）乙方人员须签署安全承诺书，通过甲方堡垒机操作，不得使用个人设备接入业务网络，不得将数据带离甲方机房。
（3）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
（4）服务期满或合同解除时，乙方应移交全部账号权限和运维资料，删除其持有的甲方数据，并出具书面确认。

第十条 保密
乙方对在服务中获知的甲方未公开信息、网络结构、账号口令及内部资料负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后三年内持续有效。乙方应对派驻人员进行保密教育，并对其人员违反保密义务的行为承担责任。

第十一条 知识产权
乙方在服务中形成的运维文档、配置清单、自动化脚本和工具归甲方所有，甲方可自由使用和修改，并可交由后续服务商使用。乙方保证其使用的运维工具和软件不侵犯第三方权利。

第十二条 分包
乙方不得将本合同服务转包或分包。

第十三条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务期结算。合同解除的，乙方应配合甲方或新服务商完成交接，交接期不少于15日，期间服务标准不变。

第十四条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议部分外，双方应继续履行本合同。

第十五条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。本合同附件：运维对象清单、服务水平及考核细则、驻场人员名单。

甲方（盖章）：南岭市气象局        代表签字：__________
乙方（盖章）：北京云岚气象科技有限公司        代表签字：__________
签订日期：2026年4月__日
"""

H509Z05 = """# 食品企业质量管理系统软件许可及实施合同

（味准软件标准合同文本 QM-2026版）

**合同编号：** WZ-QM-2026-0318

**甲方（用户）：** 四川蜀香腊味食品有限公司
**地址：** 四川省内江市东兴区腊味产业园3号

**乙方（供应商）：** 成都味准软件有限公司
**地址：** 成都市高新区天府五街200号

甲方为加强腊肠、腊肉产品从原料验收到成品出厂的质量管理，决定采用乙方“味准QMS”食品质量管理系统。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“味准QMS”软件使用许可，包括批次追溯、HACCP计划管理、来料检验、成品检验、留样管理模块，20个并发用户。
1.2 乙方为甲方定制开发：烟熏及晾挂工序关键控制点监控、冷库及晾挂间温湿度采集接口、客户投诉追溯报表。
1.3 乙方负责系统安装、基础数据初始化和操作培训。
1.4 本合同所称“上线”，指乙方完成系统安装并开通甲方用户账号。
1.5 乙方提供的软件为乙方标准产品，甲方的个性化需求以双方确认的《需求确认书》为准，需求确认后变更的，乙方有权另行收费。
1.6 培训：乙方为甲方提供2日集中培训，培训对象为质量部、生产部和仓储部的关键用户。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 味准QMS软件许可（五个模块，20个并发用户） | 420,000 |
| 2 | 定制开发（关键控制点监控、温湿度采集接口、投诉追溯报表） | 98,000 |
| 3 | 安装实施及培训 | 42,000 |
| | 合计 | 560,000 |

合同总价为人民币560,000元（含税）。上述价格不含服务器、数据库、操作系统及温湿度传感器等硬件，相关费用由甲方自行承担。定制开发以《需求确认书》确认的范围为准，超出范围的开发按每人天2,800元另行计费。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即280,000元，乙方收款后启动项目。
3.2 系统上线运行后10个工作日内，甲方支付剩余50%，即280,000元。
3.3 乙方收款后开具增值税专用发票。
3.4 甲方未按期付款的，乙方有权顺延交付期限或暂停实施。

## 第四条 交付

4.1 乙方在收到首付款后75日内完成安装、定制开发和上线。
4.2 因乙方原因延期交付的，乙方应积极采取补救措施，尽快完成交付。因甲方未及时提供场地、网络、基础数据或确认需求导致延期的，交付期限相应顺延。
4.3 甲方应在乙方提交需求调研报告后5个工作日内确认，逾期未确认的，视为甲方认可。
4.4 甲方应指定项目联系人，提供服务器、网络环境和基础数据，并组织相关人员参加培训。

## 第五条 验收

5.1 系统安装完成并上线运行，即视为甲方验收合格。
5.2 甲方使用过程中发现的问题，由乙方在免费维护期内处理。
5.3 上线后，甲方应在乙方提供的《上线确认单》上签字；甲方未签字但已使用系统的，同样视为验收合格。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。
6.2 免费维护期内，乙方免费修复软件缺陷，并提供远程技术支持。
6.3 因甲方操作不当、擅自修改、病毒或硬件故障导致的问题，不属于免费维护范围，乙方可按每人天2,800元收费。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的28%，即117,600元/服务年度，在每个服务年度开始前支付。维护费标准在本合同有效期内不作调整。
7.2 年度维护服务包括软件缺陷修复、版本升级和远程技术支持。
7.3 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级。

## 第八条 技术支持

8.1 乙方在工作日9:00至17:30通过电话、邮件和远程方式提供技术支持，并尽合理努力解决甲方反映的问题。
8.2 需要现场服务的，乙方根据工程师排期安排，差旅费用由甲方承担。
8.3 乙方提供在线知识库、操作视频和常见问题解答，甲方用户可随时查阅。乙方根据问题的紧急程度安排处理顺序。

## 第九条 知识产权

9.1 “味准QMS”软件及乙方为本合同定制开发的全部成果（包括关键控制点监控程序、采集接口、报表及源代码）的知识产权归乙方所有。
9.2 甲方在本合同范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。
9.3 甲方不得将软件安装在许可范围以外的计算机上，超出并发用户数的，应按乙方报价补缴许可费。

## 第十条 数据安全

10.1 甲方的生产记录、检验数据、供应商和客户资料归甲方所有，乙方仅为履行本合同处理。
10.2 乙方应采取权限控制、传输加密和操作日志等安全措施，实施人员访问甲方系统须经甲方授权。
10.3 发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应赔偿责任。
10.4 合同终止后，乙方应按甲方要求返还或删除其持有的甲方数据。

## 第十一条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。本条不适用于已公开的信息或依法须披露的信息。乙方应要求其实施人员遵守本条约定。

## 第十二条 违约责任

12.1 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方有权暂停服务。
12.2 乙方不对甲方的间接损失、利润损失或生产损失承担责任。
12.3 因不可抗力、第三方软硬件故障或甲方原因造成的损失，乙方不承担责任。
12.4 甲方违反第九条约定的，应向乙方支付合同总价20%的违约金。

## 第十三条 合同解除

任何一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权解除合同。合同解除的，已支付的款项不予退还，但乙方严重违约导致解除的除外。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。争议处理期间，不影响合同其他条款的履行。

## 第十五条 其他

本合同附件包括《功能清单》《需求确认书》《服务器配置要求》，与本合同具有同等效力。乙方已就本合同条款向甲方作出说明。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

| 甲方（盖章）：四川蜀香腊味食品有限公司 | 乙方（盖章）：成都味准软件有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026年6月__日 | 日期：2026年6月__日 |
"""

H509E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GLS-CN-2026-0112
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Granite Ledger Software, Inc., a corporation organised under the laws of the State of New Hampshire, with its principal office at 150 Congress Street, Portsmouth, New Hampshire 03801, United States ("Vendor"); and
P:(2) Hulunbuir Prairie Dairy Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 66 Shengli Street, Hailar District, Hulunbuir, Inner Mongolia ("Customer").
P:Background. Customer operates three milk-processing plants and a network of collection stations and wishes to replace its paper-based maintenance records with Vendor's MaintainPro enterprise asset management software. Vendor has agreed to license the software perpetually and to implement it on the terms below. At Customer's request all prices are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means MaintainPro Enterprise version 11, the Mobile Technician add-on and the Predictive Analytics module, in object code, with their documentation and any updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the CIP-cleaning work-order templates, the interface to Customer's ERP system, the cold-chain equipment dashboards and any other item developed by Vendor specifically for Customer under this Agreement.
P:1.3 "Go-Live" means the first day on which all three plants use the Software for production maintenance work orders.
P:1.4 "Final Acceptance" means Customer's written confirmation under Article 6.3.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on Customer's own servers in mainland China for the number of users stated in Article 3, for Customer's internal business purposes and those of its subsidiaries.
P:2.2 Customer may make reasonable copies of the Software for backup, testing and disaster recovery.
P:2.3 Customer may transfer the licences to a successor company in a reorganisation by written notice to Vendor.
H:Article 3 Prices
P:3.1 The total Contract Price is CNY 1,800,000, inclusive of applicable taxes, made up as follows:
TB:Item|Quantity|Amount (CNY)
TB:MaintainPro Enterprise perpetual licences|120 named users|816,000
TB:Mobile Technician add-on licences|80 users|192,000
TB:Predictive Analytics module, site licence|1|112,000
TB:Licence Fee Subtotal| |1,120,000
TB:Implementation and configuration, including Custom Deliverables|fixed price|540,000
TB:Data migration of equipment and work-order history|fixed price|96,000
TB:Training (administrators and 60 technicians)|fixed price|44,000
TB:Total Contract Price| |1,800,000
P:3.2 The Contract Price is fixed. Vendor's travel and accommodation costs are included.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 360,000) within 20 days after signature, against Vendor's invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 810,000) within 20 days after Go-Live.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 630,000) within 20 days after Final Acceptance.
P:4.4 Vendor shall issue a valid invoice (fapiao) through its Shanghai agent before each payment.
H:Article 5 Delivery and Delay
P:5.1 Vendor shall deliver the Software within 15 days after signature, reach Go-Live within 120 days after signature and be ready for Final Acceptance testing within 180 days after signature, in line with the project plan in Schedule 1.
P:5.2 If Vendor fails to reach Go-Live or to be ready for Final Acceptance testing by the dates in Article 5.1 for reasons attributable to Vendor, Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Acceptance
P:6.1 Vendor shall carry out the acceptance tests set out in Schedule 2 in Customer's presence after Go-Live.
P:6.2 The acceptance criteria are: (a) all functions in the functional specification work as described; (b) migrated equipment records and open work orders reconcile with Customer's source records, with no unexplained difference in a sample of 1,500 records; (c) the ERP interface posts spare-parts consumption correctly for 20 consecutive working days; (d) the mobile application works offline and synchronises within 2 minutes of reconnection; and (e) no Severity 1 or Severity 2 defect is open.
P:6.3 When the criteria are met, Customer shall sign a Final Acceptance certificate within 10 working days. Go-Live, use of the Software in production or payment of any instalment does not constitute acceptance. If the tests fail, Vendor shall correct the defects at its own cost and repeat the tests.
H:Article 7 Warranty
P:7.1 Vendor warrants that the Software and Custom Deliverables will perform materially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, provide updates and provide support under Article 8 free of charge.
H:Article 8 Support
P:8.1 Vendor provides support by telephone, e-mail and remote session, in English and Chinese, from 8:00 to 20:00 Beijing time on working days, and around the clock for Severity 1 incidents.
P:8.2 Response targets: Severity 1 (the Software is unavailable at a plant or work orders cannot be created) initial response within 1 hour and a workaround within 8 hours; Severity 2 (a major function is impaired) response within 2 hours and a workaround within 2 working days; Severity 3 response within 1 working day.
P:8.3 Vendor's obligation in respect of the targets in Article 8.2 is to continue work until the incident is resolved. No service credits, fee reductions, penalties or other compensation apply if a target is missed.
P:8.4 After the Warranty Period, Customer may purchase Annual Support at 13% of the Licence Fee Subtotal, that is CNY 145,600 per year, covering the services in Article 8 and all new versions. This fee is fixed for the three years following the Warranty Period. Annual Support is ordered by purchase order each year and does not renew automatically.
P:8.5 Vendor shall name a support manager for Customer, who shall hold a quarterly review of open incidents, planned releases and training needs with Customer's maintenance department.
H:Article 9 Intellectual Property
P:9.1 Vendor retains all intellectual property rights in the Software.
P:9.2 All rights in the Custom Deliverables vest in Customer on creation. Vendor shall deliver their source code and configuration files, and Customer may use, modify and license them, or have a third party do so, without restriction.
H:Article 10 Customer Data and Security
P:10.1 All data entered into or generated by the Software, including equipment records, maintenance histories and production downtime data ("Customer Data"), belongs to Customer. Vendor may process Customer Data only to perform this Agreement and for no other purpose.
P:10.2 Vendor personnel may access Customer's systems only through Customer's VPN with individual accounts approved by Customer, and every session is logged. Vendor shall not copy Customer Data outside Customer's systems, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 Vendor shall notify Customer within 12 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, assist Customer in remedying it, and be liable for the losses caused where the incident results from Vendor's breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including prices, production data and technical information, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, breach of Article 10 or Article 11, and infringement claims, which is not limited.
P:12.2 Neither party is liable for loss of profit or indirect loss, except as set out in Article 12.1.
H:Article 13 Subcontracting
P:13.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Term and Remedies
P:14.1 This Agreement takes effect on signature and continues until all obligations have been performed. The licence in Article 2 is perpetual.
P:14.2 Neither party may terminate this Agreement. If Vendor is in breach, Customer's remedies are correction or re-performance under Articles 6 and 7, the delay damages under Article 5.2 and damages under Article 12; Customer shall not be entitled to terminate this Agreement or to return the Software for a refund.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.
H:Article 16 General
P:16.2 Notices shall be in writing in English and Chinese and sent to the addresses above. Neither party may assign this Agreement without the other party's prior written consent.
P:16.1 Schedules 1 (Project Plan) and 2 (Acceptance Tests) form part of this Agreement. This Agreement is signed in English and Chinese; both versions are equally valid.
P:Signed for Granite Ledger Software, Inc.: ____________________ Name and title: ____________________ Date: __________
P:Signed for Hulunbuir Prairie Dairy Co., Ltd.: ____________________ Name and title: ____________________ Date: __________
"""

H509E02 = """# ORDER FORM — RouteWorks Delivery Scheduling Service

**Order Form No.:** CBR-ORD-2026-0447
**Vendor:** Casco Bay Routeworks, Inc., 2 Portland Square, Portland, Maine 04101, United States ("Vendor")
**Customer:** Wuhan Jiahe Home Furnishings Co., Ltd., 188 Zhongbei Road, Wuchang District, Wuhan, Hubei Province, PRC ("Customer")

This Order Form is entered into under, and incorporates, Vendor's General Terms set out below (together, the "Agreement"). Customer sells furniture through 38 showrooms in Hubei and Hunan and delivers and installs the goods with its own and contracted crews. Customer wishes to use Vendor's RouteWorks service to book delivery slots, plan routes, dispatch crews and confirm installation with end customers.

## 1. Subscription

| Item | Detail |
|---|---|
| Service | RouteWorks Dispatch (web and mobile), Customer Booking Portal, SMS and WeChat notifications |
| Users | 60 planner and showroom users; 140 crew mobile users |
| Volume included | 25,000 delivery orders per Subscription Year |
| Hosting | Vendor's cloud tenancy in the Alibaba Cloud Shanghai region |
| Subscription Term | two Subscription Years, from the Subscription Start Date |
| Subscription Start Date | the date of Go-Live Acceptance under Section 4 of this Order Form |

## 2. Fees

At Customer's request all fees are stated and invoiced in Chinese yuan (CNY).

| Fee | Amount (CNY) |
|---|---|
| Subscription fee, Subscription Year 1 | 264,000 |
| Subscription fee, Subscription Year 2 | 264,000 |
| Onboarding (configuration, ERP order interface, data load, training) | 52,000 |
| Total fixed fees | 580,000 |

Orders above the included volume are charged at CNY 3.20 per delivery order, invoiced quarterly in arrears. Overage charges are not part of the total fixed fees.

## 3. Invoicing and Payment

3.1 No amount is payable before the Subscription Start Date.
3.2 The onboarding fee is invoiced on Go-Live Acceptance.
3.3 Subscription fees are invoiced quarterly in arrears, CNY 66,000 per quarter, payable within 30 days after receipt of a valid fapiao issued through Vendor's Wuhan reseller.

## 4. Onboarding and Go-Live Acceptance

4.1 Vendor shall complete onboarding within 45 days after signature of this Order Form.
4.2 Go-Live Acceptance tests: (a) the ERP order interface transfers 500 consecutive test orders without error; (b) route plans for three sample days are produced within 90 seconds each; (c) crew mobile users can record proof of delivery with photographs and signatures, including offline; (d) booking confirmations reach end customers by SMS and WeChat. Customer shall confirm Go-Live Acceptance in writing within 5 working days after the tests pass. Use of the Service for live deliveries before that confirmation is not acceptance.
4.3 If onboarding is not completed within the period in Section 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay.

## 5. Renewal

The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

## 6. Customer Responsibilities

Customer shall provide order extracts from its ERP system in the agreed format, a list of showrooms and warehouses with addresses, crew lists and vehicle capacities, and a project contact who can make decisions on configuration within 3 working days.

## 7. Contacts

| Party | Contact |
|---|---|
| Vendor | Emily Hart, Account Director |
| Customer | Zhou Lin, Logistics Manager |

Signed for Casco Bay Routeworks, Inc.: ____________________ Date: __________

Signed for Wuhan Jiahe Home Furnishings Co., Ltd.: ____________________ Date: __________

---

# GENERAL TERMS

## Section 1. The Service

1.1 Vendor shall provide the Service described in the Order Form to Customer and its authorised users during the Subscription Term.
1.2 Vendor may improve the Service from time to time, provided that no change materially reduces the functions described in the Order Form.
1.3 Customer is responsible for the accuracy of the order, address and product data it enters and for the conduct of its users.

## Section 2. Service Levels

2.1 Vendor shall make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 23:00 and 05:00 Beijing time.
2.2 Vendor shall respond to incidents as follows: Priority 1 (the Service is unavailable or crews cannot receive routes) within 1 hour, with a workaround or fix within 6 hours; Priority 2 (a major function is impaired) within 2 hours; Priority 3 within 1 business day.
2.3 If monthly availability falls below the level in Section 2.1, Customer receives a service credit of 5% of the monthly subscription fee for each full 0.5 percentage point of shortfall, up to 25% of that month's fee. A Priority 1 incident not fixed within 6 hours gives a further credit of 2% of the monthly fee. Credits are deducted from the next invoice.

## Section 3. Customer Data

3.1 "Customer Data" means all data that Customer or its users enter into the Service, including end-customer names, addresses and telephone numbers, orders and delivery records.
3.2 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the Service to Customer and shall not sell it or use it for any other purpose.
3.3 On expiry or termination Vendor shall make Customer Data available for export in CSV format for 30 days, after which it will be deleted.

## Section 4. Intellectual Property

4.1 Vendor owns the Service, its software and all improvements to it.
4.2 The configurations, route rules, message templates and report definitions prepared by Vendor for Customer during onboarding ("Customer Configurations") belong to Customer. Customer may use, modify and license Customer Configurations freely, including with a successor provider.

## Section 5. Confidentiality

5.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with the Agreement, including prices, business plans and technical information, and shall use it only to perform the Agreement.
5.2 Neither party shall disclose the other party's confidential information to any third party without prior written consent, except to its employees and advisers who need to know it and are bound by similar obligations, or where disclosure is required by law.
5.3 This Section survives for three years after the end of the Agreement.

## Section 6. Subcontracting

6.1 Vendor shall not subcontract the performance of the Service or the onboarding work without Customer's prior written consent. The cloud hosting provider named in the Order Form is approved by signature of the Order Form. Vendor remains responsible for any subcontractor.

## Section 7. Term and Termination

7.1 The Agreement runs for the Subscription Term stated in the Order Form.
7.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
7.3 If Customer terminates under Section 7.2, Vendor shall refund any fees paid for the period after termination.
7.4 On expiry or termination Vendor shall provide reasonable assistance for the export of Customer Data and Customer Configurations to a successor system at no extra charge.

## Section 8. Warranties

8.1 Vendor warrants that the Service will perform materially in accordance with its documentation and that onboarding will be carried out with reasonable skill and care.
8.2 Customer warrants that it has the right to provide Customer Data to Vendor for the purposes of the Agreement.
8.3 Except as expressly stated in the Agreement, neither party gives any other warranty, express or implied.

## Section 9. Limitation of Liability

9.1 Vendor's total aggregate liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.
9.2 Neither party is liable for indirect or consequential loss or loss of profit.

## Section 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.
10.2 Any dispute arising from the Agreement shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding on both parties.

## Section 11. General

11.1 The Order Form prevails over these General Terms in case of conflict.
11.2 Notices shall be in writing and sent to the addresses in the Order Form.
11.3 The Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.
11.4 Neither party may assign the Agreement without the other party's prior written consent.
11.5 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Service credits remain due for unavailability that is not caused by such an event.

## Section 12. Support and Account Management

12.1 Vendor shall provide a named customer success manager who speaks Mandarin and who shall hold a monthly review meeting with Customer's logistics manager.
12.2 Vendor shall provide online training material in Chinese and two refresher training sessions per Subscription Year for new planners and showroom staff.
12.3 Vendor shall give Customer at least 30 days' notice of any change to the user interface that affects crew procedures or the end-customer booking pages.
"""

H509E03 = """
T:SUPPLY AND INSTALLATION CONTRACT — COLD-STORE SENSOR MONITORING SYSTEM
P:Contract No. YTO-CS-2026-021
P:Buyer: Yantai Orchard Cold Chain Co., Ltd., 9 Gangcheng East Street, Fushan District, Yantai, Shandong Province, PRC (the "Buyer")
P:Supplier: Narragansett Sensing Corp., 400 Westminster Street, Providence, Rhode Island 02903, United States (the "Supplier")
P:The Buyer stores apples, pears and cherries in 32 controlled-atmosphere cold rooms at its Fushan site. It has selected the Supplier, after a competitive enquiry, to supply, install and commission a wireless monitoring system for temperature, humidity, oxygen, carbon dioxide and door status. This contract is on the Buyer's standard terms for equipment purchases. All prices are in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, door contacts and accessories listed in Annex 1.
P:1.2 "Software" means the Supplier's ColdSight monitoring software, licensed under clause 3.
P:1.3 "System" means the Equipment and the Software installed and configured at the Site.
P:1.4 "Site" means the Buyer's cold-storage facility at 9 Gangcheng East Street, Yantai.
P:1.5 "Final Acceptance" means the Buyer's signature of the acceptance certificate under clause 6.
H:2. Scope
P:2.1 The Supplier shall supply the Equipment, license the Software, install and calibrate all sensors, configure alarm rules and reports for each cold room, connect the System to the Buyer's refrigeration control room and to the Buyer's WeCom accounts for alarm messages, and train the Buyer's staff.
P:2.2 The Supplier shall supply calibration certificates traceable to national standards for every temperature and gas sensor.
P:2.3 The Supplier shall survey the Site within 10 days after signature and submit a layout drawing showing the position of every sensor and gateway, for the Buyer's approval.
P:2.4 The Supplier shall provide a project manager who speaks Chinese and who attends weekly progress meetings at the Site until Final Acceptance.
P:2.5 Training shall cover at least 16 of the Buyer's staff in three sessions: system administration, alarm handling and report use, and basic sensor replacement and battery change.
H:3. Price
P:3.1 The Contract Price is CNY 1,460,000, inclusive of VAT, import duties, delivery to the Site and installation. It is fixed for the duration of the contract. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|640|1,150|736,000
TB:2|LoRa gateways with 4G backup|32|8,600|275,200
TB:3|Door contacts|160|420|67,200
TB:4|ColdSight software, perpetual site licence|1|168,000|168,000
TB: |Hardware and Licence Subtotal| | |1,246,400
TB:5|Installation and commissioning|1| |158,000
TB:6|Calibration and certificates|1| |41,600
TB:7|Training|1| |14,000
TB: |Contract Price| | |1,460,000
P:3.2 The Software licence is perpetual, non-exclusive and limited to the Site. It includes unlimited users and all updates released during the warranty period.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 146,000) within 15 days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 803,000) within 15 days after the installation certificate is signed. The installation certificate confirms only that the Equipment has been delivered and mounted and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 511,000) within 15 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment to the Site within 60 days after signature and complete installation and commissioning within 30 days after delivery. Work in cold rooms shall follow the Buyer's loading schedule and safety rules.
P:5.2 If the Supplier fails to meet either date in clause 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
P:5.3 Title to the Equipment passes to the Buyer on delivery to the Site; risk passes on signature of the installation certificate.
P:5.4 The Supplier shall deliver with the Equipment the packing lists, certificates of origin, customs declarations and the radio type-approval certificates required in China.
H:6. Acceptance
P:6.1 After commissioning the System shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensor reports at least once every 5 minutes with data loss below 0.5% over the run; (b) temperature readings agree with the Buyer's reference thermometer within ±0.3 °C and gas readings with the reference analyser within the tolerances in Annex 2; (c) alarms reach the control room and WeCom within 60 seconds in a test of every alarm type; (d) the gateways switch to 4G backup when the site network is disconnected; and (e) all documents in Annex 3 have been delivered.
P:6.2 If the criteria are met, the Buyer shall sign the acceptance certificate within 7 days. Installation, operation of the System or any payment does not constitute acceptance. If a criterion is not met, the Supplier shall remedy the defect and the 30-day run shall be repeated at its cost.
H:7. Warranty
P:7.1 The Supplier warrants the System for 24 months after Final Acceptance. During the warranty period it shall repair or replace defective Equipment, including sensor batteries, and correct Software defects free of charge, and recalibrate all sensors once during that period.
P:7.2 Response times during the warranty period: Severity 1 (a gateway or the Software is down, or more than 10 sensors stop reporting) remote response within 30 minutes and engineer on site within 8 hours; Severity 2 (single sensors or single functions) response within 2 hours and resolution within 3 working days.
P:7.3 If the Supplier misses a response or on-site time in clause 7.2, it shall pay CNY 800 for each hour of delay, deducted from the next payment or from the performance bond.
P:7.4 After the warranty period the Buyer may order annual support, including spare-parts exchange, recalibration and Software updates, at 7% of the Hardware and Licence Subtotal, that is CNY 87,248 per year, fixed for three years. Support is ordered each year by separate purchase order and does not renew automatically.
P:7.5 During the warranty period the Supplier shall keep spare sensors and gateways equal to at least 3% of the installed quantity at its Qingdao warehouse.
H:8. Data
P:8.1 All measurements, alarm records and logs produced by the System ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this contract and shall not copy, keep or disclose it.
P:8.2 The System shall be hosted on the Buyer's server at the Site. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN with individual accounts and is logged. The Supplier shall comply with applicable PRC data-security laws.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, help the Buyer contain it, and compensate the Buyer's losses caused by the Supplier's breach of this clause.
P:8.4 On termination, or at the Buyer's request, the Supplier shall delete any Buyer Data it holds and confirm the deletion in writing.
H:9. Intellectual Property
P:9.1 The Supplier keeps the intellectual property in the Software and in the Equipment firmware.
P:9.2 The alarm rules, cold-room configurations, report templates and integration scripts prepared for the Buyer belong to the Buyer, which may use, modify and license them freely, including to another service provider.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this contract, including prices, storage volumes, customer information and technical data, and shall not disclose it to a third party without prior written consent. This obligation continues for three years after the end of the contract.
H:11. Liability
P:11.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 10, which are not limited.
P:11.2 Neither party is liable for loss of profit or indirect loss, except in the cases in clause 11.1 where liability is not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier is responsible for the work of any approved subcontractor as for its own.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if liquidated damages under clause 5.2 reach their maximum.
P:13.2 On termination the Supplier shall refund the amounts paid for undelivered or rejected parts of the System.
P:13.3 Either party may end the contract by written notice if force majeure prevents performance for more than 60 days.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Yantai Arbitration Commission for arbitration in Yantai.
H:15. General
P:15.1 Annex 1 (Equipment list), Annex 2 (Measurement tolerances) and Annex 3 (Documents) form part of this contract. The contract is signed in English and Chinese; both texts have equal force.
P:15.2 Any change to this contract must be made in writing and signed by both parties. Notices shall be sent to the addresses above.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: __________    Date: __________
"""

H509E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.:** BMS-HB-2026-07

**Provider:** Brandywine Managed Services LLC, 1201 North Market Street, Wilmington, Delaware 19801, United States ("Provider")

**Customer:** Hubei Xinlian Supermarket Chain Co., Ltd., 77 Xiongchu Avenue, Hongshan District, Wuhan, Hubei Province, PRC ("Customer")

Customer operates 64 supermarkets and two distribution centres in Hubei Province. Provider supplies managed IT services to retailers through its delivery centre in Wuhan. Customer wishes to outsource its service desk, store network monitoring and endpoint management to Provider. The parties agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.
1.2 "Transition" means the takeover of the Services from Customer's internal team described in Schedule 2.
1.3 "Service Commencement Date" means the day after Transition Acceptance under clause 4.
1.4 "Initial Term" means the period from the Service Commencement Date to the day before the third anniversary of that date (36 months).
1.5 "Monthly Service Charge" means the charge stated in Schedule 3.

## 2. SERVICES

2.1 Provider shall perform the Services for all Customer sites listed in Schedule 1 in accordance with this Agreement and the service levels in Schedule 4.
2.2 Provider shall assign a named service delivery manager, who shall meet Customer's IT manager monthly to review performance, incidents and planned changes.
2.3 Customer shall give Provider's personnel reasonable access to its sites and systems and shall keep its own software licences in force.

## 3. CHARGES AND PAYMENT

3.1 The charges are set out in Schedule 3 and are stated in Chinese yuan (CNY). The total contract value for the Initial Term is CNY 2,180,000.
3.2 The Transition fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. No amount is payable in advance.
3.3 Customer shall pay each undisputed invoice within 30 days after receipt of a valid fapiao issued by Provider's Wuhan branch.
3.4 Service credits under Schedule 4 are deducted from the next invoice.

## 4. TRANSITION AND ACCEPTANCE

4.1 Provider shall complete the Transition within 60 days after signature of this Agreement.
4.2 Transition Acceptance requires that: (a) all 66 sites and their network devices appear in Provider's monitoring platform with alerts tested; (b) the service desk has handled live calls for 10 working days in parallel with Customer's team, answering 90% of calls within 30 seconds; (c) all store endpoints are enrolled in the endpoint management tool; (d) the runbooks and the asset register have been approved by Customer.
4.3 Customer shall confirm Transition Acceptance in writing within 5 working days after the criteria are met. Provider's start of work before that confirmation is not acceptance.
4.4 If the Transition is not completed within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 150 for each day of delay.

## 5. SERVICE LEVELS

5.1 Provider shall meet the service levels in Schedule 4. Performance is measured monthly and reported to Customer within 5 working days after the end of each month.
5.2 If a service level is missed, Customer receives the service credits stated in Schedule 4, and Provider shall present a remediation plan within 10 working days.

## 6. TERM AND RENEWAL

6.1 This Agreement starts on signature and continues for the Initial Term.
6.2 At the end of the Initial Term, and at the end of each renewal period, this Agreement renews automatically for a further Contract Year unless either party gives written notice of non-renewal at least 60 days before the end of the current period. A "Contract Year" is each period from the anniversary of the Service Commencement Date to the day before the next anniversary.
6.3 Provider may increase the Monthly Service Charge with effect from the start of each renewal period by up to 6% by giving written notice at least 30 days before that renewal period starts.

## 7. PERSONNEL AND SUBCONTRACTING

7.1 Provider shall use trained personnel and shall replace any individual whom Customer reasonably objects to.
7.2 Provider may engage subcontractors for on-site field services at the stores and distribution centres by giving Customer written notice of the subcontractor's name at least 10 days before it starts work. Provider remains responsible for the acts and omissions of its subcontractors.

## 8. CUSTOMER DATA AND SECURITY

8.1 All data held in Customer's systems or processed by Provider for Customer, including point-of-sale records, member information, supplier data and logs ("Customer Data"), belongs to Customer. Provider shall process Customer Data only to perform the Services.
8.2 Provider shall access Customer's systems only through Customer's jump servers with individual accounts and multi-factor authentication, shall keep all Customer Data in mainland China, shall not copy it to Provider's own systems except monitoring alerts, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
8.3 Provider shall notify Customer of any security incident affecting Customer Data within 2 hours after becoming aware of it, cooperate in its containment and investigation, and bear the losses, fines and costs caused by incidents that result from Provider's breach of this clause.

## 9. INTELLECTUAL PROPERTY

9.1 Provider keeps its tools, monitoring platform and methods.
9.2 The runbooks, asset register, configuration backups, scripts and reports prepared for Customer belong to Customer, which may use and modify them and give them to any successor provider.

## 10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information, including prices, store data, network designs and passwords, use it only for this Agreement, and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement.

## 11. LIABILITY

11.1 Provider's total liability under this Agreement is limited to 150% of the total contract value stated in clause 3.1, except for personal injury, wilful misconduct and breach of clauses 8 and 10, which are not limited.
11.2 Neither party is liable for loss of profit or indirect loss.

## 12. TERMINATION

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the same Priority 1 service level in three consecutive months.
12.2 On expiry or termination Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3 and hand over all Customer Data and the items in clause 9.2.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## SCHEDULE 1 — SERVICES AND SITES

| Service | Scope |
|---|---|
| Service desk | Chinese-language telephone, WeCom and portal support, 7:00 to 23:00 every day, for about 1,900 users |
| Store network monitoring | routers, switches, Wi-Fi access points and SD-WAN links at 64 stores and 2 distribution centres, monitored around the clock |
| Endpoint management | patching, antivirus and software distribution for 1,450 PCs, 420 POS terminals and 380 handheld scanners |
| Field services | on-site repair and replacement at all sites, with a spare-parts pool supplied by Customer |
| Reporting | monthly service report and quarterly service review |

## SCHEDULE 2 — TRANSITION PLAN

| Phase | Activity | Target |
|---|---|---|
| 1 | Knowledge transfer and documentation review | day 20 |
| 2 | Monitoring onboarding of all sites | day 40 |
| 3 | Parallel running of the service desk | day 55 |
| 4 | Transition Acceptance | day 60 |

## SCHEDULE 3 — CHARGES

| Charge | Amount (CNY) |
|---|---|
| Transition fee (one time) | 92,000 |
| Monthly Service Charge | 58,000 |
| Monthly Service Charges for the Initial Term (36 x 58,000) | 2,088,000 |
| Total contract value, Initial Term | 2,180,000 |
| Additional sites, per site per month | 780 |
| Exit assistance, per engineer day | 2,400 |

## SCHEDULE 4 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | store trading stopped (POS or network down at one or more stores) | 15 minutes | 3 hours |
| P2 | degraded service at a store or distribution centre | 30 minutes | 8 hours |
| P3 | single user or device | 2 hours | 2 working days |

| Service level missed | Service credit |
|---|---|
| P1 response or restoration, per incident | 2% of the Monthly Service Charge |
| P2 restoration below 95% in the month | 3% of the Monthly Service Charge |
| Calls answered within 30 seconds below 90% in the month | 2% of the Monthly Service Charge |
| Maximum credits per month | 20% of the Monthly Service Charge |

Signed for Brandywine Managed Services LLC: ____________________ Date: __________

Signed for Hubei Xinlian Supermarket Chain Co., Ltd.: ____________________ Date: __________
"""

H509E05 = """DATA SERVICES SUBSCRIPTION AGREEMENT — AGRICULTURAL WEATHER AND CROP DATA API

Agreement No. AFD-CN-2026-031

Between:
Allegheny Fieldcast Data, Inc., a West Virginia corporation, 1000 Technology Drive, Fairmont, West Virginia 26554, United States ("Fieldcast"); and
Henan Fengnian Seed Co., Ltd., 21 Nongye Road, Jinshui District, Zhengzhou, Henan Province, PRC ("Customer").

BACKGROUND
Customer breeds and sells maize and wheat seed and advises growers in the North China Plain on planting dates and varieties. Fieldcast provides historical and forecast weather data, soil-moisture estimates and crop-stage models through an application programming interface (the "API"). Customer wishes to use the API in its variety-trial system and its grower advisory app. At Customer's request all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS
1.1 "Subscription Year" means each period of successive months starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.
1.2 "Service Start Date" means the date of Onboarding Acceptance under clause 4.
1.3 "Customer Inputs" means the field locations, trial plot data, variety codes and query parameters that Customer sends to the API.
1.4 "Custom Feed" means the trial-site feed and the growing-degree-day indicators configured by Fieldcast for Customer's varieties.
1.5 "Business Day" means a day other than a Saturday, Sunday or public holiday in the PRC.

2. SUBSCRIPTION
2.1 Fieldcast grants Customer, for two Subscription Years, a non-exclusive right to call the API and to use the data returned ("Fieldcast Data") in Customer's internal systems and in advice given to growers through Customer's own app and reports.
2.2 The subscription includes 6,000,000 API calls per Subscription Year, daily gridded forecasts at 3 km resolution for Henan, Hebei, Shandong and Anhui, historical data from 1991 onwards, soil-moisture estimates and crop-stage models for maize and wheat.
2.3 Customer shall not resell Fieldcast Data as a data product. Customer may keep Fieldcast Data received during the term for its trial records.
2.4 Fieldcast shall give Customer at least 90 days' notice before retiring any API version, and shall support each API version for at least the current Subscription Year.
2.5 Fieldcast shall provide a sandbox environment with sample data for Customer's developers throughout the term.
2.6 Customer may display Fieldcast Data in its grower app with the attribution "Weather data: Fieldcast", and may combine it with its own trial data.

3. FEES AND PAYMENT
3.1 Fees:
   Subscription fee, Subscription Year 1: CNY 336,000
   Subscription fee, Subscription Year 2: CNY 336,000
   Onboarding and Custom Feed configuration (one time): CNY 38,000
   Total fixed fees: CNY 710,000
3.2 API calls above the included volume are charged at CNY 0.02 per call, invoiced quarterly in arrears and not included in the total fixed fees.
3.3 The onboarding fee is payable within 30 days after Onboarding Acceptance. Subscription fees are invoiced quarterly in arrears at CNY 84,000 per quarter and are payable within 30 days after receipt of a valid fapiao. No payment is due before the Service Start Date.
3.4 Prices are inclusive of VAT. Fieldcast shall invoice through its authorised distributor in Beijing, which shall issue the fapiao.

4. ONBOARDING AND ACCEPTANCE
4.1 Fieldcast shall deliver production credentials, documentation and the Custom Feed within 30 days after signature.
4.2 Onboarding Acceptance tests: (a) API responses for 200 test locations arrive within 800 milliseconds at the 95th percentile from Customer's Zhengzhou data centre; (b) forecast and historical values for 20 reference stations match the agreed reference files within the tolerances in Annex A; (c) the Custom Feed delivers growing-degree-day indicators for all 46 trial sites for 14 consecutive days without gaps. Customer shall confirm acceptance in writing within 5 working days after the tests pass. Test use of the API before that confirmation is not acceptance. If a test fails, Fieldcast shall correct the cause and repeat the test at its own cost.
4.3 If Fieldcast fails to meet the date in clause 4.1 for reasons attributable to it, Fieldcast shall pay Customer CNY 600 for each day of delay.

5. SERVICE LEVELS
5.1 Fieldcast shall make the API available 99.95% of the time in each calendar month, excluding scheduled maintenance of no more than 2 hours per month announced at least 72 hours in advance.
5.2 Daily forecasts shall be published by 06:00 Beijing time.
5.3 Incident response: Priority 1 (the API is unavailable or returns errors for more than 10% of calls, or the daily forecast is missing) within 1 hour, with restoration within 6 hours; Priority 2 within 3 hours; Priority 3 within 2 business days. Support is available in English and Chinese.
5.4 Service credits: if monthly availability is below the level in clause 5.1, Customer receives a credit of 10% of the monthly share of the subscription fee for each full 0.1 percentage point of shortfall, up to 50%. A daily forecast published more than 2 hours late gives a credit of 1% of that monthly share. Credits are deducted from the next invoice.
5.5 Fieldcast shall provide a monthly service report showing availability, forecast publication times, incidents and credits due, within 5 Business Days after the end of each month.
5.6 Fieldcast shall name a technical account manager who shall review service performance and planned data changes with Customer once a quarter.

6. CUSTOMER INPUTS AND DATA SECURITY
6.1 Customer Inputs belong to Customer. Fieldcast shall use Customer Inputs only to provide the API and the Custom Feed to Customer, and shall not use them for any other purpose, including product development or analysis for other clients, whether in identifiable, aggregated or de-identified form.
6.2 Fieldcast shall protect Customer Inputs with encryption in transit and at rest, access restricted to named support staff, multi-factor authentication and access logs kept for 180 days. Customer Inputs are stored only in Fieldcast's servers in the Tencent Cloud Beijing region.
6.3 Fieldcast shall notify Customer of any unauthorised access to or loss of Customer Inputs within 24 hours, cooperate in the response, and compensate Customer for losses caused by its breach of this clause.
6.4 At the end of the Agreement Fieldcast shall delete all Customer Inputs within 30 days and confirm the deletion in writing.
6.5 Fieldcast shall allow Customer, once per Subscription Year and on 15 days' notice, to review its security controls by questionnaire or by a remote audit session.

7. INTELLECTUAL PROPERTY
7.1 Fieldcast owns the API, Fieldcast Data and its models.
7.2 The Custom Feed definitions, indicator formulas agreed with Customer and integration code written for Customer belong to Customer, which may use, modify and license them freely.
7.3 Fieldcast warrants that the API and Fieldcast Data do not infringe third-party rights and shall defend Customer against any claim that they do.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential the other party's non-public information, including trial results, variety codes, prices and technical documentation, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of the Agreement.

9. SUBCONTRACTING
9.1 Fieldcast shall not subcontract the provision of the API or the Custom Feed, other than to the hosting provider named in clause 6.2, without Customer's prior written consent.

10. TERM, RENEWAL AND TERMINATION
10.1 The Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a written amendment agreed by both parties.
10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If Customer terminates for Fieldcast's breach, Fieldcast shall refund fees paid for the period after termination.
10.3 On expiry or termination Fieldcast shall give Customer read access to the API for 15 days to allow an orderly transfer, at no charge.

11. LIABILITY
11.1 Each party's total liability under the Agreement is limited to 150% of the total fixed fees, except for wilful misconduct, breach of clause 6 or 8 and infringement claims, which are not limited.
11.2 Neither party is liable for indirect or consequential loss, including lost harvests of growers.
11.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly. A failure of Fieldcast's hosting provider is not such an event.

12. GOVERNING LAW AND DISPUTES
12.1 The Agreement is governed by the laws of the State of West Virginia, United States, without regard to its conflict-of-laws rules.
12.2 Any dispute shall be finally resolved by arbitration administered by the International Centre for Dispute Resolution under its International Arbitration Rules. The seat of arbitration is Charleston, West Virginia, and the language is English.

13. GENERAL
13.1 Annex A (Reference stations and tolerances) forms part of the Agreement. The Agreement is the entire agreement of the parties on its subject and may be amended only in writing.
13.2 Notices shall be in writing in English and Chinese and sent to the addresses above. Neither party may assign the Agreement without the other party's prior written consent.

Signed for Allegheny Fieldcast Data, Inc.: ____________________ Date: __________
Signed for Henan Fengnian Seed Co., Ltd.: ____________________ Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {
    "h509z01": ("h509z01_emergency_bureau_hazchem_platform.pdf", "pdf", H509Z01),
    "h509z02": ("h509z02_carton_plant_corrugator_control_retrofit.docx", "docx", H509Z02),
    "h509z03": ("h509z03_optical_chain_fitting_inventory_saas.txt", "text", H509Z03),
    "h509z04": ("h509z04_meteorological_bureau_forecast_om.txt", "text", H509Z04),
    "h509z05": ("h509z05_sausage_plant_qms_supplier_template.md", "text", H509Z05),
    "h509e01": ("h509e01_dairy_cmms_perpetual_licence_nh_vendor.pdf", "pdf", H509E01),
    "h509e02": ("h509e02_furniture_delivery_saas_order_form_me_vendor.md", "text", H509E02),
    "h509e03": ("h509e03_cold_store_sensors_ri_vendor.docx", "docx", H509E03),
    "h509e04": ("h509e04_supermarket_managed_it_de_vendor.md", "text", H509E04),
    "h509e05": ("h509e05_seed_company_weather_data_api_wv_vendor.txt", "text", H509E05),
}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: (category, terms in KEYS order, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
T, F, N = True, False, None
RAW = {
    "h509z01": ("software", [99.95, 0.5, T, "buyer", T, T, F, 0.03, N, 20, T, T, 24, 8, F, T, F, "PRC", "goods_or_licence"],
                T, T, T, F, 2460000),
    "h509z02": ("hardware", [99.5, 1, T, "buyer", T, T, T, 0.1, 50, 20, T, T, 18, 8, F, T, F, "PRC", "goods_or_licence"],
                T, T, T, F, 2270000),
    "h509z03": ("cloud", [99.95, 0.5, T, "buyer", T, F, T, 0.1, N, N, T, N, N, N, T, T, T, "PRC", "service"],
                T, T, N, F, 1200000),
    "h509z04": ("services", [99.95, 0.25, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", "service"],
                T, T, N, F, 864000),
    "h509z05": ("software", [N, N, F, "supplier", T, T, T, N, N, 50, F, F, 6, 28, F, T, N, N, "goods_or_licence"],
                F, F, T, T, 560000),
    "h509e01": ("software", [N, 1, F, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 13, F, F, F, "PRC", "goods_or_licence"],
                T, T, T, F, 1800000),
    "h509e02": ("cloud", [99.5, 1, T, "buyer", F, T, T, 500 / 580000 * 100, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC",
                          "service"], T, T, N, F, 580000),
    "h509e03": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 24, 7, F, T, F, "PRC", "goods_or_licence"],
                T, T, T, F, 1460000),
    "h509e04": ("services", [N, 0.25, T, "buyer", T, T, T, 150 / 2180000 * 100, 150, N, T, N, N, N, T, T, T, "PRC",
                             "service"], T, T, N, F, 2180000),
    "h509e05": ("cloud", [99.95, 1, T, "buyer", T, T, T, 600 / 710000 * 100, 150, N, T, N, N, N, F, T, F, "West Virginia",
                          "service"], T, T, N, F, 710000),
}

# design facts not in the labels: forum outside mainland China, TCO fee base (itemised licence / hardware subtotal)
FORUM_OUTSIDE = {"h509e05"}
FEE_BASE = {"h509z01": 1280000, "h509z02": 1836000, "h509z05": 420000, "h509e01": 1120000, "h509e03": 1246400}

DESIGN = {
    "h509z01": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "h509z02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h509z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"],
    "h509z04": [],
    "h509z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h509e01": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h509e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h509e03": [],
    "h509e04": ["CR-AUTO-RENEWAL", "CR-LD-LOW", "CR-SUBCONTRACT"],
    "h509e05": ["CR-GOVERNING-LAW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(key, lab):
    """policy section 4: horizon 5 years from acceptance, post-warranty fee for every year after the warranty."""
    t, e = lab["expected_terms"], lab["expected_extra"]
    horizon = 5.0
    years = max(0.0, horizon - t["warranty_months"] / 12.0)
    fee = t["post_warranty_fee_pct"] / 100.0 * FEE_BASE[key]
    total = e["contract_value"] + years * fee
    return total, years * fee / total * 100


def derive_rules(key, lab):
    """My reading of policy.md section 3 (not project code)."""
    t, e = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not e["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pw = t["post_warranty_fee_pct"]
        if pw is None or not e["post_warranty_fee_capped"] or pw > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if pw is not None and e["post_warranty_fee_capped"] and t["warranty_months"] is not None:
            if tco(key, lab)[1] > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def make_label(key):
    cat, vals, sla, ld_stated, capped, deemed, value = RAW[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": FILES[key][0], "language": "zh" if key[4] == "z" else "en", "category": cat,
           "expected_terms": terms, "expected_extra": extra}
    lab["expected_rules"] = derive_rules(key, lab)
    return lab


# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
FORBIDDEN = [
    r"(?<![\d.])99\.90*(?![\d])" + PCT, r"百分之九十九点九(?![零一二三四五六七八九\d])",
    r"(?<![\d.])4(?:\.0+)?\s*(?:小时|个小时|hours?|hrs?\b|h\b)", r"(?<![十\d一二三四五六七八九])四个?小时",
    r"four\s*-?\s*hours?", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.050*(?![\d])" + PCT, r"万分之五(?![十百千\d零〇一二三四五六七八九点])", r"(?<![\d.])0\.50*\s*‰",
    r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之百", r"one\s*hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![\d点一二三四五六七八九])", r"三成", r"thirty" + PCT,
    r"(?<![\d.])12\s*-?\s*(?:个月|months?)", r"(?<![一二三四五六七八九])十二个月", r"twelve\s*-?\s*months?", r"一年",
    r"(?<![\d.])1\s*-?\s*years?\b", r"(?<![\d.])1\s*年", r"\bone\s*-?\s*years?\b",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![\d点一二三四五六七八九])", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![\d点一二三四五六七八九])", r"四成", r"forty" + PCT,
    r"(?<![\d.])5\s*-?\s*(?:年|years?)", r"五年", r"five\s*-?\s*years?", r"(?<![\d.])60\s*-?\s*(?:个月|months?)",
    r"六十个月", r"sixty\s*-?\s*months?",
]
FORBIDDEN_RE = [re.compile(p, re.I) for p in FORBIDDEN]
MUST_HIT = ["99.9%", "99.90 %", "99.9 percent", "4小时", "4 个小时", "四小时", "four hours", "4 hours", "240分钟",
            "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "一年", "one year", "1 year", "15%", "15 percent",
            "40%", "四成", "5年", "5 years", "五年", "five years", "60 months", "60个月", "forty per cent"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "2026 年", "万分之五十", "服务年度",
             "Subscription Year", "130%", "140%", "0.5%", "1.5%", "45日", "12小时", "120 months", "one Subscription Year",
             "300%", "10%", "8%", "3 years", "三年", "十八个月", "24个月", "一个服务年度", "万分之三", "0.08%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in FORBIDDEN_RE:
            for m in rx.finditer(variant):
                hits.append((rx.pattern, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------- read back
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def check_sums():
    assert 1280000 + 960000 + 186000 + 34000 == 2460000 and 492000 + 1107000 + 861000 == 2460000
    assert 486000 + 612000 + 168000 + 214000 + 356000 == 1836000 and 1836000 + 142000 + 268000 + 24000 == 2270000
    assert 454000 + 1021500 + 794500 == 2270000 and round(1836000 * 0.08) == 146880
    assert 45 * 6800 == 306000 and 306000 + 48000 == 354000 and 3 * 354000 + 138000 == 1200000 and 354000 / 4 == 88500
    assert 516000 + 168000 + 132000 + 48000 == 864000 and 4 * 216000 == 864000
    assert 420000 + 98000 + 42000 == 560000 and round(420000 * 0.28) == 117600 and round(1280000 * 0.08) == 102400
    assert 816000 + 192000 + 112000 == 1120000 and 1120000 + 540000 + 96000 + 44000 == 1800000
    assert 360000 + 810000 + 630000 == 1800000 and round(1120000 * 0.13) == 145600 and 120 * 6800 == 816000
    assert 80 * 2400 == 192000 and 2 * 264000 + 52000 == 580000 and 264000 / 4 == 66000
    assert 640 * 1150 == 736000 and 32 * 8600 == 275200 and 160 * 420 == 67200
    assert 736000 + 275200 + 67200 + 168000 == 1246400 and 1246400 + 158000 + 41600 + 14000 == 1460000
    assert 146000 + 803000 + 511000 == 1460000 and round(1246400 * 0.07) == 87248
    assert 36 * 58000 == 2088000 and 2088000 + 92000 == 2180000
    assert 2 * 336000 + 38000 == 710000 and 336000 / 4 == 84000


def check_thresholds(key, lab):
    t = lab["expected_terms"]
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15
    if key in FEE_BASE:
        share = tco(key, lab)[1]
        assert not 38 <= share <= 42, (key, share)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    check_sums()
    SOURCES = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    TARGETS = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for k, (name, kind, src) in FILES.items():
        if kind == "text":
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, kind, src) in FILES.items():
        lab = make_label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        check_thresholds(k, lab)
        covered |= set(lab["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        for h in scan(text) + scan(src):
            problems.append((k, h))
        if k[4] == "z":
            n = len(text)
            ok = 2750 <= n <= 3000
            print("%s %-58s zh chars %d %s" % (k, name, n, "ok" if ok else "OUT OF RANGE"))
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print("%s %-58s en words %d %s" % (k, name, n, "ok" if ok else "OUT OF RANGE"))
        extra = ""
        if k in FEE_BASE:
            total, share = tco(k, lab)
            extra = " TCO %.0f share %.2f%%" % (total, share)
        print("   rules", lab["expected_rules"], "risk", risk(lab["expected_rules"]) + extra)
        if not ok:
            problems.append((k, "length", n))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
