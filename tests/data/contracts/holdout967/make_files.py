"""holdout967: builds the ten blind held-out draft contracts from the sources below, writes their .json labels and
asserts the checks of the brief (lengths as read back, no threshold value or figure, rules derived from the labels =
design list, coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:慈善信托备案监管平台建设项目合同
P:合同编号：MZJ-ZFCG-2027-017
P:甲方（采购人）：滨江市民政局
P:乙方（供应商）：杭州善数信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就慈善信托备案监管平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供平台软件（含备案管理、信托财产监管、年度报告审查、信息公开四个子系统）的永久使用许可，许可范围为甲方及其所属单位，用户数不限。
P:1.2 乙方按甲方需求完成定制开发，包括：慈善信托备案网上受理流程、受托人年度报告智能校验、与省慈善信息公开平台及市政务数据共享交换平台的接口、监管预警规则配置及领导驾驶舱。
P:1.3 乙方负责历史备案数据迁移、系统部署、联调测试及用户培训，并协助甲方完成网络安全等级保护测评和商用密码应用安全性评估。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾叁万元整（¥1,930,000），含税，为固定总价，其中：平台软件许可费¥760,000；定制开发费¥920,000；数据迁移及接口费¥186,000；实施及培训费¥64,000。
P:2.2 合同总价已包含乙方完成本项目所需的全部人工、差旅、第三方组件及税费，除本合同另有约定外，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 本合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应向甲方开具等额合法有效的增值税发票。甲方付款按财政资金支付程序办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 实施进度与人员
P:4.1 乙方应于合同签订后九十日内完成部署并提请初步验收；初步验收通过后平台进入试运行，试运行期为六十日。
P:4.2 乙方应按甲方确认的实施计划推进，每两周向甲方提交一次书面进度报告，重大问题及时报告。
P:4.3 乙方派驻的项目经理及核心开发人员应与投标文件一致，未经甲方同意不得更换。
P:4.4 乙方应对甲方业务人员和系统管理员分别进行培训，业务人员培训不少于两期，每期不少于一天；系统管理员培训应覆盖部署、备份恢复、账号权限管理和日常巡检，培训结束后由甲方组织考核。
H:第五条 验收
P:5.1 初步验收标准：（一）需求规格说明书所列功能全部实现；（二）历史备案数据迁移经逐条比对，记录数与字段值一致；（三）与省、市平台的接口连续十个工作日交换无差错；（四）三百个并发用户下，页面平均响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间未发生一级故障；第三方安全测评及密码应用安全性评估报告无高风险项；用户手册、运维手册、源代码及部署文档已全部移交甲方。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在二十日内整改完毕并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为自最终验收合格之日起二十四个月。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配和远程及现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的7%（即¥53,200），该价格在质保期满后三年内保持不变。维护服务不自动续期，由双方另行签订维护合同。
P:6.3 乙方应在每年汛期和年度报告集中报送期前对平台进行一次全面巡检，并向甲方提交巡检报告。
P:6.4 质保期内乙方每季度对平台进行一次远程健康检查，内容包括服务器资源、数据库运行、接口调用日志和安全漏洞扫描，并提交书面检查报告；发现高危漏洞的，乙方应在三个工作日内完成修复。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%。计划内维护时间不计入不可用时间，计划维护须提前三个工作日通知甲方，并安排在非工作时间进行。
P:7.2 故障分级响应：一级故障（平台无法访问或备案业务中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，次工作日内解决；三级故障两个工作日内解决。
P:7.3 乙方未达到上述服务水平的，一级故障每超时一小时扣减人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。扣减款项从质保金或维护费中抵扣。
H:第八条 知识产权
P:8.1 平台软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的程序、接口、配置、源代码及相关文档的知识产权归甲方所有，甲方有权自行修改、使用或委托第三方维护。
P:8.3 乙方保证所交付成果不侵犯任何第三方的合法权利；如发生侵权纠纷，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的备案数据、受托人信息及其他业务数据均归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得留存副本或向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实访问控制、加密传输与存储、操作审计等措施；运维操作须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、慈善信托当事人信息及其他未公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。
P:10.2 保密义务不因本合同的终止而终止。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且经整改仍不合格的，甲方有权拒绝验收，并要求乙方赔偿由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 转包与分包
P:12.1 乙方不得将本项目转包，亦不得将本项目的任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日，或出现其他严重违约行为且经甲方书面通知后二十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:15.2 招标文件、投标文件、中标通知书及澄清文件为本合同的组成部分，与本合同具有同等效力。
P:15.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：滨江市民政局　　　　乙方（盖章）：杭州善数信息技术股份有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:电饼铛生产线控制系统改造项目合同
P:合同编号：MJ-SB-2027-0412
P:甲方：顺德区美炬电器有限公司
P:乙方：佛山智控自动化工程有限公司
P:甲方为提高电饼铛生产线的自动化水平和产品一致性，委托乙方对其冲压、喷涂、总装及老化测试四条生产线的控制系统实施改造。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责四条生产线原有继电器控制系统的拆除，以及PLC控制柜、伺服驱动、触摸屏、温控及压力检测模块、工业网络和产线监控软件的供货、安装、编程、调试和培训。
P:1.2 乙方应为老化测试线开发上下盘温度曲线自动记录功能，并实现监控软件与甲方现有ERP系统的工单及质量数据对接。
P:1.3 改造应分线实施，每条线停产时间不超过七日，具体停产安排以甲方书面确认的计划为准。
P:1.4 乙方应在改造前对四条生产线现有设备进行现场勘查，形成勘查报告和改造方案，经甲方书面确认后实施。改造方案应包括电气原理图、控制柜布置图、网络拓扑图、停产切换计划及应急预案。
P:1.5 改造后的控制系统应支持产品型号一键换型，换型时间不超过十五分钟，并能按班次自动统计产量、合格率和设备停机原因。
P:1.6 乙方应为甲方电工和班组长提供不少于三日的现场培训，内容包括控制系统原理、触摸屏操作、常见故障判断与处理、程序备份与恢复，培训后甲方人员应能独立完成日常操作和一般故障处理。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰陆拾万元整（¥1,600,000），含13%增值税，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含伺服驱动）|4套|592,000
TB:2|触摸屏及传感器组件|4套|186,000
TB:3|温控及压力检测模块|4套|152,000
TB:4|工业交换机及网络布线材料|1批|64,000
TB:5|产线监控软件许可（含ERP接口模块）|1套|366,000
TB:|设备及软件小计||1,360,000
TB:6|安装调试费|1项|168,000
TB:7|产线联调及操作培训费|1项|72,000
TB:|合同总价||1,600,000
P:2.2 上述价格包含设备运输、保险、安装辅材及乙方人员费用。
P:2.3 本合同履行期间，合同价格不因原材料或人工成本变化而调整。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的50%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 四条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 剩余5%作为质量保证金，质保期满且乙方无未履行的质保义务后十个工作日内无息支付。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后四十五日内将全部设备运至甲方厂区，并于到货后六十日内完成四条生产线的改造和调试。
P:4.2 乙方施工应遵守甲方的安全生产管理制度，因乙方原因造成的安全事故由乙方负责。
P:4.3 施工期间乙方应每日向甲方生产部报告进度，并做好现场围挡、废旧线缆及元器件的分类回收，拆除的旧设备归甲方所有。
P:4.4 甲方应为乙方施工提供必要的场地、临时用电和压缩空气接口，并指定专人协调停产安排。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产七日，达到以下标准的，该线通过验收：（一）节拍达到每分钟不少于十台；（二）上下盘温度控制偏差不超过±3℃；（三）压力检测误报率低于千分之二；（四）监控软件与ERP工单数据一致。
P:5.2 四条生产线均通过验收，且乙方交付程序源文件、电气图纸和操作手册后，由甲方出具最终验收报告。设备安装完成或投入试生产均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新组织验收。
P:5.4 甲方应在乙方提交验收申请后五个工作日内组织验收，乙方应提供试生产记录、温度与压力检测数据、程序版本清单和调试报告。
P:5.5 最终验收合格后，甲方出具的验收报告作为质保期起算的依据。
H:第六条 质保与售后服务
P:6.1 质保期为自最终验收合格之日起十八个月。质保期内设备及软件出现非人为故障的，乙方免费维修或更换。
P:6.2 乙方提供7×24小时服务热线。一级故障（整条生产线停机）1小时内响应，8小时内到达现场；二级故障（单台设备故障但产线可降速运行）2小时内响应，次日到达现场。
P:6.3 乙方接报后应尽快安排工程师排除故障，并在故障处理完毕后三日内提交故障报告。
P:6.4 质保期满后，乙方继续提供维保服务，维保费按设备及软件小计的28%每年计取（即每年¥380,800），在质保期满后三年内不作调整，按季度支付。维保内容包括定期巡检、备件更换、程序优化及7×24小时响应。
P:6.5 质保期内，乙方每半年对全部控制柜进行一次预防性巡检，检查接线紧固、散热风扇、伺服参数及程序备份情况，并出具巡检报告。易损件清单见附件，质保期内易损件由乙方免费更换。
P:6.6 维保服务期间，乙方应在甲方厂区常备PLC模块、伺服驱动器、触摸屏等关键备件，备件清单由双方确认。
H:第七条 知识产权
P:7.1 监控软件的著作权归乙方所有，乙方授予甲方永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、触摸屏组态、接口程序及其源文件的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:7.3 乙方应在最终验收时向甲方移交全部PLC程序、组态文件的源文件及注释说明，并提供程序修改培训。
H:第八条 数据安全
P:8.1 生产数据、工艺参数和质量记录均归甲方所有，乙方不得将其用于本合同以外的目的，不得向第三方提供。
P:8.2 乙方远程维护须经甲方审批，通过甲方指定的VPN账号进行并全程记录；乙方应采取必要措施防止病毒和未经授权的访问。因乙方原因造成数据丢失、泄露或生产中断的，乙方承担赔偿责任，并应在发现后2小时内通知甲方。
P:8.3 项目结束后，乙方应删除其在调试过程中拷贝的全部甲方工艺参数和生产数据，并书面确认。
H:第九条 保密
P:9.1 乙方对在甲方厂区知悉的产品设计、工艺配方、客户及价格信息负有保密义务，未经甲方书面同意不得披露。本条在合同终止后三年内有效。
P:9.2 甲方对在合作过程中知悉的乙方技术信息亦负有保密义务。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方交付的设备或软件不符合约定的，甲方有权要求乙方更换、修理或退货，并赔偿甲方因此遭受的停产损失。
H:第十一条 分包
P:11.1 乙方如需将电气安装中的辅助施工分包，须事先取得甲方书面同意，且乙方对分包部分承担全部责任。
H:第十二条 解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交佛山仲裁委员会仲裁。
P:13.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:13.3 本合同附件包括：设备技术规格书、改造方案、易损件清单及备件清单，附件与本合同具有同等效力。
P:甲方（盖章）：顺德区美炬电器有限公司　　乙方（盖章）：佛山智控自动化工程有限公司
"""

Z03 = """健美操培训门店预约及会员管理系统服务合同

合同编号：LX-IT-2027-006
甲方：湖南乐型健美操培训连锁有限公司
乙方：长沙云约网络科技有限公司

甲方在湖南省内经营四十家健美操培训门店，拟统一使用课程预约、会员管理和线上支付系统。乙方向甲方提供其云端预约及会员管理系统（以下简称“系统”）的订阅服务及实施服务。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方在服务期内向甲方四十家门店开通系统，包括课程排期、学员预约与签到、会员卡及课包管理、教练排班与课时统计、线上支付对账、营销活动及数据报表等模块。
2. 每家门店可开通前台及教练账号不超过二十个，总部管理账号不超过三十个。
3. 系统以微信小程序和网页端两种方式提供，乙方负责日常运行、升级和安全维护。
4. 系统支持门店按课程类型（有氧健美操、竞技健美操、少儿健美操等）设置不同的预约规则和取消时限。
（二）实施服务
1. 乙方负责系统参数配置、门店及课程基础资料初始化，并将甲方现有约一万八千名会员的会员卡余额、课包及消费记录迁移至系统。
2. 乙方按甲方要求定制会员积分规则、团课满员候补规则及总部经营分析报表。
3. 乙方为门店店长、前台和教练提供分批培训，并编制操作手册。
4. 乙方应为每家门店提供一次远程上线支持，并在首月安排专人每日跟进门店使用问题。

二、服务期限
（一）服务期分为两个服务年度。第一服务年度自系统上线验收合格之日起算，第二服务年度紧接第一服务年度。
（二）乙方应于合同签订后四十日内完成实施并提请上线验收。
（三）服务期内系统进行重大版本升级的，乙方应提前十五日通知甲方，并保证升级不影响门店正常营业。

三、费用及支付
（一）合同总价为人民币陆拾肆万元整（¥640,000），包括：
1. 订阅服务费：每家门店每服务年度人民币6,800元，四十家门店每服务年度合计¥272,000，两个服务年度合计¥544,000；
2. 实施服务费：一次性人民币¥96,000。
（二）实施服务费在系统通过上线验收后十五个工作日内支付。
（三）每一服务年度的订阅服务费，在该服务年度开始后二十个工作日内支付。
（四）服务期内新增门店的，按每家门店每服务年度6,800元按月折算，另行签订补充协议。
（五）乙方收款前应开具等额增值税专用发票。
（六）除本合同约定的费用外，乙方不得以短信条数、存储空间或功能升级为由另行收费；线上支付通道手续费由甲方按支付机构标准另行承担。

四、上线验收
（一）上线验收标准：1. 合同约定的功能模块全部可用；2. 会员数据迁移后余额、课包次数与甲方原系统逐户核对一致；3. 定制的积分和候补规则经甲方测试通过；4. 在五百人同时预约时，预约提交响应时间不超过3秒。
（二）乙方提请验收后，甲方在七个工作日内组织测试，符合标准的出具书面验收确认。系统开通或甲方门店开始使用，均不视为验收合格。
（三）验收不合格的，乙方应在十日内整改完毕并重新提请验收。

五、服务水平
（一）系统月度可用率不低于99.5%，每月计划维护时间不超过六小时，且应安排在凌晨零点至六点之间并提前两日通知甲方。
（二）故障分级：1. 一级故障（系统整体无法使用或支付中断）：乙方在1小时内响应，6小时内恢复；2. 二级故障（部分门店或部分功能无法使用）：2小时内响应，次日内恢复；3. 其他问题：两个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，按当月订阅服务费的5%向甲方补偿；一级故障每超过恢复时限一小时，乙方另向甲方补偿人民币500元。补偿款从下一服务年度订阅服务费中扣减，服务期最后一个年度的补偿款由乙方在十个工作日内支付。
（四）乙方每月五日前向甲方提交上月服务报告，包括可用率、故障清单及处理情况、补偿计算明细。
（五）因甲方网络故障、微信平台或支付机构原因造成的服务中断，不计入不可用时间，但乙方应协助甲方排查并及时通知门店。

六、数据安全与数据归属
（一）甲方会员的个人信息、预约和消费记录及经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向任何第三方提供或出售。
（二）乙方应将数据存储于中国境内的云服务器，落实分级授权、加密存储、日志审计和每日备份，并通过网络安全等级保护二级以上测评。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（四）服务期满或合同解除后，乙方应在三十日内按甲方要求的格式导出并移交全部数据，随后彻底删除，并出具删除证明。
（五）乙方不得在系统中向甲方会员推送未经甲方授权的广告或第三方营销信息。

七、保密
（一）双方对在履行本合同过程中知悉的对方商业秘密及会员信息负有保密义务，未经对方书面同意不得向第三方披露。
（二）保密义务在本合同终止后两年内持续有效。
（三）乙方应要求其接触甲方数据的员工签署保密承诺书。

八、知识产权
（一）系统本身的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的积分规则、候补规则、经营分析报表及相关配置文件归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证系统不侵犯任何第三方的知识产权，如因此引起纠纷，由乙方负责处理并承担全部责任。

九、违约责任
（一）乙方未按约定日期提请上线验收的，每逾期一日，向甲方支付违约金人民币600元。
（二）乙方因本合同承担的累计赔偿责任以合同总价的两倍为限，但因乙方故意、重大过失或数据安全事件造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（四）乙方迁移会员数据出现错误，导致会员余额或课包次数与原系统不符的，由乙方负责核实更正，并承担由此产生的会员补偿费用。

十、分包
乙方不得将本合同项下的实施服务或系统运维转包或分包给第三方，确需由第三方提供短信、支付通道等基础服务的，应事先取得甲方书面同意。

十一、续期
（一）服务期满前三十日，任何一方均未书面提出不再续约的，本合同自动续期一个服务年度，可连续续期。
（二）续期时，乙方有权根据市场行情和产品版本升级情况调整订阅服务费标准，并在续期前通过系统公告通知甲方。

十二、合同解除
（一）乙方严重违约，或连续两个月未达到第五条服务水平，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方应按剩余服务期退还已付订阅服务费。
（二）甲方逾期付款超过六十日，经乙方催告后仍未支付的，乙方可暂停服务。
（三）合同解除或服务期满后，乙方应按第六条第（四）项移交数据，并在数据移交完成前保持系统只读访问。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同附件《系统功能清单》《门店开通清单》为合同组成部分。双方指定的联系人：甲方为信息化主管，乙方为客户成功经理，联系人变更应书面通知对方。本合同未尽事宜，双方可签订补充协议。

甲方（盖章）：湖南乐型健美操培训连锁有限公司
乙方（盖章）：长沙云约网络科技有限公司
"""

Z04 = """电缆隧道智能巡检系统年度运维服务合同

项目名称：2027年度城区电缆隧道智能巡检系统运维服务
采购方式：竞争性磋商
合同编号：GDJ-YW-2027-031
甲方：国网江城供电公司
乙方：湖北弘巡智能科技有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就电缆隧道智能巡检系统年度运维服务事宜，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象为甲方城区六条电缆隧道（总长约二十一公里）内已建成的智能巡检系统，包括轨道式巡检机器人十四台、分布式光纤测温主机六套、有害气体及水位在线监测装置、隧道视频监控前端、通信网络及巡检管理平台软件。
（二）服务内容包括：日常监控与巡视、设备定期维护保养、故障抢修、平台软件运行维护与版本升级、巡检数据分析月报、迎峰度夏及重大活动保电值守。
（三）乙方应驻场不少于六人，其中项目负责人一名、平台工程师一名、机器人及传感器维护工程师四名，驻场人员须持有相应的电力安全工作资格。
（四）乙方应建立运维值班制度，驻场人员实行白班驻场、夜间远程值守；夜间发生一级故障的，值守人员应立即通知甲方调度并赶赴现场。
（五）乙方应提供运维所需的专用工器具、检测仪表和安全防护用品，并对其有效性负责。
（六）乙方应对巡检机器人轨道、充电桩及通信基站每季度进行一次全面检查，对光纤测温主机每半年进行一次校验。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满前，如甲方下一年度运维服务采购尚未完成，乙方应按本合同条件继续提供服务，最长不超过两个月，费用按月折算。

第三条 服务费用及支付
（一）本合同总价为人民币玖拾陆万捌仟元整（¥968,000），含税，包括人工、工器具、常用备品备件、交通及税费。单件价值超过人民币五千元的备件更换，由乙方报价、甲方确认后另行结算，不计入本合同总价。
（二）服务费按季度支付，每季度人民币242,000元。每季度结束后，甲方依据当季考核结果于二十个工作日内支付当季服务费。
（三）乙方应在每次付款前提供等额增值税专用发票。
（四）服务期内甲方新增监测点位不超过原有点位百分之十的，不调整服务费；超过部分由双方协商。

第四条 服务质量与考核
（一）巡检机器人每日对全部隧道完成不少于两轮自动巡检；光纤测温、有害气体及水位监测数据应实时上传平台，不得出现连续超过十分钟的数据中断。
（二）故障响应：一级故障（隧道火灾、有害气体或水位告警失效，或巡检平台整体中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复或采取临时措施；二级故障（单台机器人或单套监测装置故障）1小时内响应，24小时内修复；三级故障三个工作日内处理完毕。
（三）考核扣款：一级故障响应或恢复每超时一小时，扣减当季服务费人民币2,000元；机器人未完成当日巡检轮次的，每台次扣减人民币1,000元；监测数据中断超过约定时长的，每次扣减人民币1,500元；二级故障每超时一日，扣减人民币800元。
（四）甲方每季度对乙方服务进行考核，考核结果作为当季服务费支付依据。
（五）乙方应于每月五日前提交上月运维月报，内容包括设备运行统计、故障及处理情况、隐患清单、数据分析结论和下月工作计划。
（六）乙方应建立备品备件台账，常用备件储备数量不少于附件所列清单，使用后应在五个工作日内补齐。
（七）隧道内发生火灾、渗水等突发事件时，乙方应配合甲方启动应急预案，利用巡检机器人和视频系统提供现场信息，协助抢修队伍开展处置。

第五条 验收
（一）季度验收：乙方每季度提交运维报告，内容包括巡检记录、故障处理单、设备完好率统计及数据分析，甲方对照第四条指标核验后出具季度验收意见。
（二）年度验收：服务期满后，由甲方组织年度验收，验收标准为：全年未发生因乙方原因导致的告警漏报；各项指标全年平均值达到第四条要求；设备台账、维护记录及升级文档完整移交。年度验收合格后出具书面验收报告。
（三）季度验收不合格的，乙方应在十个工作日内整改，整改期间的服务费暂缓支付。
（四）年度验收不合格的，乙方应在二十日内整改后重新申请验收。

第六条 年度工作节点
（一）乙方应于2027年5月31日前完成巡检平台软件的年度版本升级和全部机器人的年度保养，于2027年6月15日前完成迎峰度夏专项检查。
（二）乙方未按上述时间完成的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（三）迎峰度夏及重大活动保电期间，乙方应按甲方要求增派人员二十四小时值守。

第七条 数据安全
（一）巡检视频、测温及监测数据、隧道结构及设备台账等数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
（二）乙方人员访问巡检平台应使用甲方分配的实名账号，通过甲方运维审计系统操作，不得私自接入外部网络或移动存储设备；平台的安全防护应符合电力监控系统安全防护规定。
（三）发生数据丢失、篡改、泄露或网络安全事件的，乙方应在1小时内报告甲方，并配合调查处置；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的监管处罚。
（四）服务期满后，乙方应将运维期间形成的全部数据及文档移交甲方，删除其持有的全部数据副本，并书面确认。

第八条 知识产权
运维过程中形成的巡检报告、数据分析模型、运维脚本及技术文档归甲方所有。乙方在本合同之前已拥有的平台软件著作权仍归原权利人所有。乙方对平台软件进行版本升级的，应同时向甲方移交升级说明和变更后的部署文档。

第九条 安全生产
乙方人员进入隧道作业应执行甲方工作票制度，遵守电力安全工作规程，因乙方违章作业造成人身伤害或设备损坏的，由乙方承担责任。乙方应为驻场人员购买人身意外伤害保险，并组织其参加甲方的安全培训和考试，考试不合格者不得进入隧道作业。

第十条 分包
乙方不得将本合同项下的服务转包或分包。光纤测温主机的厂家标定等专业检测确需由设备原厂实施的，应事先取得甲方书面同意。

第十一条 违约与赔偿
（一）乙方违反本合同约定的，除本合同另有约定外，应赔偿甲方因此遭受的实际损失。
（二）甲方无故逾期付款的，每逾期一日按应付未付金额的万分之二支付违约金。
（三）乙方应支付的违约金和考核扣款，甲方可从应付服务费中直接扣除。

第十二条 合同解除
乙方发生严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期结算费用。合同解除后，乙方应在十日内完成工作交接，并配合甲方或新的服务单位平稳过渡。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。诉讼期间，双方应继续履行本合同中不涉及争议的部分。

第十四条 合同生效
本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方两份。磋商文件、响应文件及成交通知书为本合同组成部分。本合同附件：运维服务清单、设备清单、考核评分表、驻场人员名单。本合同未约定的事项，按磋商文件及响应文件执行。

甲方（盖章）：国网江城供电公司
乙方（盖章）：湖北弘巡智能科技有限公司
"""

Z05 = """# 匠心工坊过程追溯软件 许可及定制开发合同

（乙方标准合同文本 JX-STD-2026 版）

甲方：龙泉山居柴烧工作室

乙方：景德镇匠迹软件科技有限公司

甲方因柴烧陶艺生产过程管理需要，向乙方购买“匠心工坊过程追溯软件”（以下简称“软件”）使用许可，并委托乙方进行定制开发。双方经协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供软件标准版永久使用许可一套，包含坯料登记、装窑排布、烧成记录、出窑评级、作品档案及溯源二维码等功能模块。

1.2 乙方根据甲方需求进行定制开发，包括：柴窑温度及投柴记录采集（对接甲方自备的窑温记录仪）、落灰与窑变效果图像归档、作品溯源展示页面、线上订单与作品档案对接。

1.3 乙方负责软件安装部署、初始化配置及甲方人员操作培训。

1.4 软件运行所需的服务器、网络、操作系统、数据库及窑温记录仪等硬件和第三方软件由甲方自行采购，不包含在本合同价款内。

1.5 软件许可为单一工作室使用许可，限甲方在其登记地址使用，同时在线用户不超过十个。

1.6 乙方为甲方开通作品溯源展示页面，页面域名及服务器由乙方提供，免费提供至免费维护期届满，之后按乙方标准另行收费。

## 第二条 合同价款

2.1 合同总价为人民币肆拾叁万元整（¥430,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 软件标准版永久许可 | 168,000 |
| 2 | 定制开发 | 226,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合计 | 430,000 |

2.2 以上价格含税。因甲方需求变更增加的工作量，按乙方人天单价另行计费。

2.3 本合同价款不包含乙方人员赴甲方现场的差旅费用，乙方人员到现场服务的，差旅费用由甲方按实报销。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 软件上线后五个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停开发及服务。

3.4 乙方收到款项后开具增值税普通发票；甲方需要专用发票的，应在付款前告知乙方。

## 第四条 交付

4.1 乙方在收到首笔款项后九十日内完成定制开发并安排上线，具体时间以乙方通知为准。

4.2 因甲方未及时提供需求资料、窑温记录仪接口说明或配合测试，交付时间相应顺延。

4.3 如乙方未能按期交付，乙方将采取措施尽快完成，双方另行协商交付时间。

4.4 乙方交付内容包括：软件安装程序、定制功能、用户操作手册及培训。源代码不属于交付内容。

4.5 乙方可根据开发进度分阶段交付功能，甲方应在收到后及时配合测试。

## 第五条 上线与验收

5.1 乙方完成安装部署后通知甲方上线。软件上线运行即视为甲方验收合格。

5.2 甲方在上线后七日内未提出书面异议的，视为对全部交付内容无异议。

5.3 甲方应在上线前完成基础数据的整理和录入，因甲方数据不完整导致功能无法正常使用的，不影响验收结论。

5.4 上线后甲方提出的新需求，乙方可在后续版本中统一考虑，或按变更另行收费。

## 第六条 维护服务

6.1 自软件上线之日起六个月为免费维护期，乙方在免费维护期内提供远程技术支持和缺陷修复。

6.2 乙方将尽商业上合理的努力及时响应甲方的问题，并视问题性质安排处理。

6.3 免费维护期满后，甲方如需继续获得维护服务，维护费按乙方当年公布的价格标准收取，乙方有权每年调整。

6.4 维护服务范围不包括：因甲方操作不当、硬件故障、网络问题、第三方软件或不可抗力导致的问题，以及甲方要求的新功能开发。

6.5 乙方提供的技术支持方式以电话、微信群和远程桌面为主，现场服务需提前预约并另行收费。

6.6 软件升级版本发布后，免费维护期内甲方可免费升级；免费维护期满后，升级费用按乙方当年价格另行收取。

6.7 免费维护期内，乙方每月为甲方提供一次远程使用回访，协助解决操作问题。

## 第七条 知识产权

7.1 软件及其全部升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的程序、页面、接口、数据模型及源代码，知识产权均归乙方所有，甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行修改、反编译或交由第三方维护。

7.3 乙方有权将定制开发中形成的通用功能纳入软件后续版本，向其他客户提供。

7.4 甲方不得将软件提供给任何第三方使用，不得对软件进行复制（备份除外）、修改、出租或转让。

7.5 甲方为定制开发提供的需求文档、作品图片等资料，乙方可在开发及维护中使用。

## 第八条 数据

8.1 甲方录入软件的作品信息、烧成记录、工艺参数及客户订单等数据由甲方所有。

8.2 甲方同意，乙方可对上述数据进行脱敏和汇总处理后，用于软件功能改进、行业工艺分析及乙方其他产品和服务，本合同终止后仍可继续使用。

8.3 乙方采取防火墙、访问权限控制和数据定期备份等安全措施保护软件中的数据；因乙方过错导致甲方数据泄露或丢失的，乙方应在知悉后二十四小时内通知甲方，并承担相应赔偿责任。

8.4 甲方应自行做好数据的日常备份，因甲方未备份造成的数据损失，乙方不承担责任。

8.5 本合同终止后，乙方保留甲方数据九十日，甲方应在此期间自行导出，逾期乙方有权删除。

## 第九条 保密

9.1 双方对在合作过程中获知的对方技术信息和经营信息负有保密义务，未经对方同意不得向第三方披露，但依法律规定或监管要求披露的除外。

9.2 本条保密义务在合同终止后两年内有效。

9.3 甲方同意乙方在其官方网站、宣传材料及案例展示中使用甲方名称、标识和作品图片作为客户案例。

9.4 乙方员工因工作需要接触甲方未公开作品设计的，乙方应督促其遵守本条保密义务。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任。

10.2 乙方不对甲方的间接损失、利润损失、作品损坏或商誉损失承担责任。

10.3 因甲方原因导致项目延误或中止的，甲方应支付乙方已完成工作的费用，已付款项不予退还。

10.4 任何一方因不可抗力不能履行合同的，不承担违约责任，但应及时通知对方。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未改正的，守约方有权解除本合同。

11.2 合同解除后，乙方已完成的工作对应的款项不予退还。

11.3 甲方逾期付款超过二十日的，乙方有权解除合同或暂停全部服务。

## 第十二条 争议解决

12.1 因本合同发生的争议，双方应协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

12.2 双方也可就争议向当地陶瓷行业协会申请调解。

## 第十三条 通知

13.1 双方往来通知以书面形式、电子邮件或微信发送至本合同载明的联系方式，发出之日起即视为送达。

13.2 任何一方联系方式变更的，应在变更后三日内通知对方，否则按原联系方式发送的通知视为已送达。

## 第十四条 其他

14.1 本合同未尽事宜，双方可另行签订补充协议。

14.2 本合同附件包括：功能清单、定制开发需求说明及报价单。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：龙泉山居柴烧工作室　　乙方（签章）：景德镇匠迹软件科技有限公司

签订日期：2026年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. PFS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Prairie Forge Software, Inc., a South Dakota corporation with its principal office at 310 Walnut Street, Yankton, South Dakota 57078, USA (the "Vendor"), and Anhui Hengfeng Feed Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei, Anhui Province (the "Customer").
P:The Customer operates three feed mills and wishes to replace its batching records and paper traceability with the Vendor's MillTrack software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the MillTrack batching, formulation control and lot traceability software in object code, version 8.2, with the modules listed in Annex 1, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration files, scripts and documentation that the Vendor prepares specifically for the Customer under Article 3, including their source code.
P:1.3 "Customer Data" means all formulation, batch, supplier, lot, quality and production data entered into or generated by the Software at the Customer's sites.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its three mills in Hefei, Bengbu and Fuyang for an unlimited number of named users, and to copy it for backup, testing and disaster recovery.
P:2.2 The Customer may extend the licence to a new mill owned by it on written notice and payment of the per-site fee in Annex 2, which is fixed until the end of the Warranty Period.
P:2.3 The Customer shall not decompile or reverse engineer the Software except as permitted by applicable law.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, build the interfaces to the Customer's ERP system, weighbridge terminals and batching controllers, migrate three years of batch history, and train the Customer's key users and administrators, all as described in the Statement of Work in Annex 3.
P:3.2 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the named key staff on the project until Final Acceptance unless the Customer agrees otherwise in writing.
P:3.3 The Vendor shall deliver the Software and complete installation at all three mills within 90 days after the Effective Date and shall request Final Acceptance within 150 days after the Effective Date.
H:Article 4 Fees
P:4.1 The total contract price is CNY 1,690,000 (the "Contract Price"), inclusive of VAT and withholding taxes, made up of: licence fee CNY 1,260,000; implementation and interface services CNY 384,000; training CNY 46,000.
P:4.2 The Contract Price is fixed. The Vendor bears its own travel and living costs in China.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price within 30 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:5.2 The Customer shall pay 45% of the Contract Price within 30 days after the Vendor's notice that the Software is live at all three mills. Go-live is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 All payments shall be made in CNY to the Vendor's account with a bank in mainland China named in the invoice.
H:Article 6 Acceptance
P:6.1 After go-live the Software shall run in production at all three mills for 45 consecutive days (the "Acceptance Period").
P:6.2 The acceptance criteria are: (a) every function listed in Annex 1 works as specified; (b) batch records for the Acceptance Period reconcile with the batching controllers with no missing or duplicated batch; (c) a forward and backward lot trace for any finished-feed lot completes in less than 10 seconds; (d) the ERP and weighbridge interfaces have run without data errors for 20 consecutive working days; and (e) no Severity 1 defect is open.
P:6.3 When the criteria are met, the Customer shall issue a written Final Acceptance certificate within 10 working days. If a criterion is not met, the Vendor shall correct the defect and the test shall be repeated. Use of the Software in production or payment of any invoice does not amount to acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with Annex 1 and the documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates free of charge.
P:7.2 Support is given in Mandarin and English through a hotline and a ticket portal. Severity 1 (a mill cannot produce or trace lots): response within 1 hour at any time and a workaround within 8 hours. Severity 2 (a module is impaired): response within 2 hours during business hours. Severity 3: next business day.
P:7.3 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 800 for each hour or part of an hour of delay, to be deducted from any amount due to the Vendor or paid within 30 days.
P:7.4 After the Warranty Period the Customer may order annual support at 9% of the licence fee per year (CNY 113,400). This fee is fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all intellectual property in the Software and in its pre-existing tools.
P:8.2 The Custom Deliverables, including their source code, belong to the Customer upon payment of the related fees. The Customer may use, modify and license them, and have them maintained by third parties, without further consent of the Vendor.
P:8.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall pay the resulting damages and costs.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not use it for any other purpose, keep copies or disclose it to any person.
P:9.2 The Software is installed on the Customer's own servers in China. Remote access by the Vendor is allowed only through the Customer's VPN with multi-factor authentication, for each session approved in advance by the Customer, and is logged.
P:9.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law when handling Customer Data, shall not transfer Customer Data outside mainland China, and shall ensure that its staff follow the Customer's security rules.
P:9.4 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data caused by the Vendor or its staff, shall help to contain it, and shall be liable for the resulting losses.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's feed formulations and supplier prices, and use it only for this Agreement. This obligation survives for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to request Final Acceptance by the date in Article 3.3 for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3, or breach of Articles 9 and 10.
P:11.3 Neither party is liable for indirect or consequential loss, except under Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement enters into force on the date of the last signature (the "Effective Date").
P:13.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Article 11.1 reach their limit. The Vendor shall then refund the amounts paid for work not accepted.
P:13.3 The Vendor may terminate the support services if the Customer fails to pay an undisputed invoice within 60 days after a written reminder. The licence granted in Article 2 survives any termination after the licence fee is paid.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the State of South Dakota, without regard to its conflict of laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in South Dakota, and each party submits to their jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing in English and sent to the addresses above. The Agreement is signed in English and Chinese, and both versions are equally authentic.
P:Annex 1: Software modules and functional specification. Annex 2: Price schedule. Annex 3: Statement of Work.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM No. BD-2027-0188

**Provider:** Bighorn Dispatch LLC, 45 East Loucks Street, Sheridan, Wyoming 82801, USA ("Provider")

**Customer:** Suzhou Yuntai Elevator Service Co., Ltd., Suzhou Industrial Park, Jiangsu Province, PRC ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Subscribed Service

Bighorn FieldOps, Provider's cloud service for scheduling, dispatching and recording elevator maintenance and repair work, with the mobile technician app, the customer portal, the parts-usage module and the standard reporting pack (the "Service"), for 300 named technician and dispatcher users.

### A2. Subscription Term

Twenty-four (24) months, divided into two Subscription Years. Subscription Year 1 starts on the date of Onboarding Acceptance under A4 (the "Subscription Start Date"). Subscription Year 2 starts on the first anniversary of that date.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 300 users x CNY 780 | 234,000 |
| Subscription fee, Subscription Year 2 | 300 users x CNY 780 | 234,000 |
| Onboarding services (one-time) | fixed price | 36,000 |
| **Total Contract Value** | | **504,000** |

All amounts include VAT. Additional users may be added at CNY 780 per user per Subscription Year, pro rata for the remaining months of the current Subscription Year. Such additions are invoiced separately.

### A4. Onboarding and Onboarding Acceptance

4.1 Provider shall configure the Service for Customer's four branches, import Customer's existing records of about 6,800 elevator units and 420 maintenance contracts, build an interface to Customer's finance system for parts and labour billing, and train 40 key users, within 45 days after signature of this Order Form.

4.2 Onboarding Acceptance requires that: (a) all imported unit and contract records reconcile with Customer's source list; (b) work orders created in the Service post correctly to the finance system for ten consecutive working days; (c) the mobile app works on the handset models listed by Customer; and (d) the key users have completed training. Customer shall confirm Onboarding Acceptance in writing within five working days after the criteria are met. Logging in or using the Service before then is not acceptance.

4.3 If Onboarding Acceptance is delayed beyond the 45 days for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 25,000.

### A5. Invoicing and Payment

5.1 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.

5.2 The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days after receipt of a valid VAT invoice.

5.3 No amount is payable before the Subscription Start Date.

### A6. Renewal

The Agreement ends at the end of Subscription Year 2. It does not renew automatically. Any renewal requires a new Order Form signed by both parties.

Signed for Provider: ____________________  Signed for Customer: ____________________

## PART B - GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with this Agreement and the documentation.

1.2 Provider hosts the Service for Customer on a cloud platform located in mainland China, operated by a licensed Chinese cloud provider. Provider shall not move Customer Data outside mainland China.

1.3 Provider may improve the Service from time to time, but shall not materially reduce its functions during the Subscription Term.

### 2. Service Levels

2.1 Provider shall make the Service available 99.95% of each calendar month, excluding scheduled maintenance of which Customer has been given at least three days' notice and which takes place between 00:00 and 05:00 China Standard Time.

2.2 Priority 1 incidents (the Service or the mobile app cannot be used by all users, or dispatching has stopped) shall be responded to within 30 minutes, at any time, and a fix or workaround shall be provided within 6 hours. Priority 2 incidents shall be responded to within 2 hours during business hours. Priority 3 incidents shall be answered on the next business day.

2.3 If monthly availability falls below the level in 2.1, Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. If a Priority 1 response is late, Customer shall receive a credit of CNY 300 for each hour of delay. Credits are set off against the next invoice or, after the last invoice, paid within 30 days.

### 3. Customer Data

3.1 "Customer Data" means all data entered into the Service by or for Customer, including information on Customer's clients, lifts, sites, technicians and work orders. Customer Data belongs to Customer.

3.2 Provider shall process Customer Data only to provide the Service to Customer and shall not use it for any other purpose or disclose it to any third party except as required by law.

3.3 Provider shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor authentication for its administrators, daily backups kept in mainland China, and logging of all administrator access. The Service shall maintain MLPS level 2 filing.

3.4 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take prompt steps to contain it, and shall be responsible for losses resulting from its failure to comply with this Section 3.

3.5 Within 30 days after the end of the Agreement, Provider shall return all Customer Data in CSV format and then delete it, and shall confirm deletion in writing.

### 4. Intellectual Property

4.1 Provider owns the Service, its software and documentation. Customer receives a right to use the Service during the Subscription Term.

4.2 Reports, forms, workflows and the finance interface configured specifically for Customer ("Customer Configurations") belong to Customer, which may use, copy and modify them and let third parties use them, during and after the Subscription Term.

### 5. Confidentiality

5.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar duties.

5.2 These duties last during the Agreement and for three years after it ends.

### 6. Subcontractors and Subprocessors

6.1 Provider may use subcontractors and subprocessors, including its affiliates and its hosting partner, to perform any part of the Service or the onboarding services. Provider shall inform Customer by email of any new subcontractor or subprocessor before it starts work. Provider remains responsible for their performance.

### 7. Warranties

7.1 Provider warrants that the Service will perform materially as described in the documentation and that the onboarding services will be performed with reasonable skill and care.

7.2 Provider warrants that it has the right to grant the rights in this Agreement and that the Service does not infringe any third party's rights. Provider shall defend Customer against any infringement claim and pay the resulting damages.

### 8. Limitation of Liability

8.1 Neither party is liable for lost profits or for indirect or consequential loss.

8.2 Each party's total liability arising out of or in connection with this Agreement shall not exceed the total fees paid by Customer under this Agreement in the six (6) months immediately preceding the event giving rise to the claim.

8.3 Section 8.2 does not limit liability for death or personal injury, fraud, or Customer's obligation to pay fees.

### 9. Term and Termination

9.1 The Agreement starts on signature of the Order Form and continues until the end of the Subscription Term.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If Customer terminates under this Section, Provider shall refund any prepaid fees for the period after termination.

9.3 Customer may also terminate the Agreement if monthly availability falls below the level in 2.1 in any three months of a Subscription Year.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign the Agreement without the other party's written consent.

11.2 Notices shall be given in writing to the addresses in Part A. Notices by email are valid when confirmed by the recipient.

11.3 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

11.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.
"""

E03 = """T:Purchase Contract for Condition Monitoring Sensors and Monitoring Software
P:Contract No. JSC-EQ-2027-0093
P:Buyer: Hubei Jingshan Cement Co., Ltd., Jingshan Economic Development Zone, Hubei Province, PRC (the "Buyer")
P:Supplier: Potomac Ridge Instruments, Inc., 120 North Main Street, Keyser, West Virginia 26726, USA, acting through its authorised distributor in Wuhan for delivery in China (the "Supplier")
P:The Buyer wishes to monitor the condition of the kilns, raw mills, cement mills, fans and conveyors of its two clinker lines. This Contract is made on the Buyer's standard terms following the Buyer's tender No. JSC-T-2027-11.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in Clause 2.
P:1.2 "Software" means the Supplier's RidgeWatch condition monitoring software, server edition, with the analytics, alarm and reporting modules listed in Appendix A.
P:1.3 "Works" means delivery, installation, configuration, integration with the Buyer's distributed control system (DCS), commissioning and training.
P:1.4 "Final Acceptance" means acceptance by the Buyer under Clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, license the Software and perform the Works for the prices below. The prices include VAT, customs duties, delivery to the Buyer's plant and all the Supplier's costs.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-rated, with mounting kit|240|3,950|948,000
TB:2|Wireless gateway with industrial enclosure|16|18,500|296,000
TB:3|RidgeWatch Software, server edition, perpetual licence for 300 monitoring points|1|420,000|420,000
TB:|Equipment and Licence Subtotal|||1,664,000
TB:4|Installation, configuration, DCS integration and commissioning|1|186,000|186,000
TB:5|Training of operators and maintenance engineers|1|28,000|28,000
TB:|Contract Price|||1,878,000
P:2.2 The Contract Price is fixed and not subject to adjustment for exchange rates or any other reason.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to install and use the Software on the Buyer's servers at the plant, for up to 300 monitoring points, and to make copies for backup and testing.
P:3.2 The Buyer may transfer the licence to an affiliate that takes over the plant, on written notice to the Supplier.
P:3.3 The licence includes the right to use all updates released during the warranty period and during any support period ordered under Clause 7.5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 70 days after signature of this Contract (DDP, Incoterms 2020) and shall complete installation and commissioning within 45 days after delivery.
P:4.2 The Supplier's engineers shall follow the Buyer's safety rules, hold the required permits for work at height and near rotating equipment, and work only during shutdown windows agreed with the Buyer.
P:4.3 The Supplier shall provide a detailed installation plan, including the sensor position for each monitored machine, the mounting method, gateway locations and radio survey results, for the Buyer's approval at least 10 days before installation starts.
P:4.4 Signature of the delivery note confirms quantity and visible condition only and is not acceptance.
H:5. Payment
P:5.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature, against the Supplier's invoice and an advance payment guarantee for the same amount.
P:5.2 The Buyer shall pay 55% of the Contract Price within 30 days after the Installation Certificate, issued when all Equipment is installed and connected.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:5.4 Each payment requires a valid special VAT invoice for the amount due.
H:6. Acceptance
P:6.1 After commissioning, the system shall run for 30 consecutive days (the "Trial Run").
P:6.2 The acceptance criteria are: (a) every sensor reports to the Software at the configured interval with less than one missed reading in a thousand; (b) vibration readings agree with the Buyer's calibrated portable analyser within 5% on a sample of 20 points chosen by the Buyer; (c) alarms reach the DCS within 10 seconds; (d) all Appendix A functions pass the test plan; and (e) no Severity 1 fault occurs during the Trial Run.
P:6.3 If all criteria are met, the Buyer shall sign the Final Acceptance certificate within 7 working days. Otherwise the Supplier shall correct the defects at its own cost and the Trial Run shall be repeated. Use of the system during the Trial Run does not amount to acceptance.
P:6.4 The Supplier shall provide the test records, the calibration certificates of its test instruments and as-built documentation as part of the acceptance documents.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Equipment free of charge, including batteries with a capacity below the specification, and shall supply Software fixes and new versions free of charge.
P:7.2 The Supplier shall keep spare sensors and gateways in its Wuhan warehouse and replace faulty units within 48 hours after a report.
P:7.3 Support response times are set out in the table below.
TB:Severity|Definition|Response|On-site or remote fix
TB:Severity 1|Software server down, or alarms from a kiln or mill line not received|2 hours|24 hours
TB:Severity 2|Single gateway or group of sensors offline|8 hours|3 days
TB:Severity 3|Minor defect or question|1 business day|next release
P:7.4 For each hour by which the Supplier misses a Severity 1 response or fix time, the Supplier shall pay CNY 1,000, deducted from any amount due or from the warranty bond.
P:7.5 After the warranty period the Buyer may order annual support at 6% of the Equipment and Licence Subtotal (CNY 99,840 per year), a price fixed for the two years after the warranty period. Support is ordered by separate purchase order and does not renew automatically.
P:7.6 Warranty repairs and replacements do not shorten the warranty period. The Supplier shall supply spare parts for the Equipment for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Supplier keeps the intellectual property in the Software, the sensor firmware and its standard analytics.
P:8.2 The machine models, alarm thresholds, dashboards and DCS interface programs prepared for the Buyer, with their source files, belong to the Buyer, which may use, modify and license them freely.
H:9. Data Security
P:9.1 All vibration, temperature, alarm and process data collected by the system belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy, keep or disclose it.
P:9.2 The Software runs on the Buyer's servers inside the plant network. The Supplier shall have remote access only through the Buyer's bastion host, for sessions approved by the Buyer, and all sessions shall be recorded.
P:9.3 The Supplier shall keep the Equipment and Software free of known vulnerabilities, shall supply security patches promptly, and shall comply with PRC laws on cybersecurity and data security.
P:9.4 The Supplier shall report any security incident affecting the Buyer's data or systems within 2 hours and shall be liable for the losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, drawings and prices received under this Contract, and shall not disclose it to any third party without the Buyer's written consent. This obligation survives for three years after the end of the Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier delays delivery or Final Acceptance for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
P:11.3 Neither party is liable to the other for indirect or consequential loss, except in the case of breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. The Wuhan distributor named in this Contract is approved. The Supplier is responsible for the acts of its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their limit. The Supplier shall then refund the amounts paid for Equipment and Works not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
H:15. Miscellaneous
P:15.1 This Contract is made in Chinese and English; both versions have equal force. It takes effect on signature by both parties.
P:15.2 Notices under this Contract shall be in writing and sent to the addresses stated above, or to another address that a party notifies in writing.
P:15.3 No amendment of this Contract is valid unless it is made in writing and signed by authorised representatives of both parties.
P:Appendix A: Software functions and test plan. Appendix B: Equipment specifications. Appendix C: Installation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** RPT-MS-2027-021

**Between:** Rawlins Peak Technologies, Inc., 518 West Cedar Street, Rawlins, Wyoming 82301, USA, acting in China through its branch office in Hohhot ("Provider")

**And:** Inner Mongolia Ruyi Dairy Co., Ltd., Hohhot, Inner Mongolia Autonomous Region, PRC ("Customer")

**Background:** Customer runs a head office, five dairy processing plants and two distribution centres. It wishes to outsource its end-user IT support, service desk and local network operations to Provider for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer confirms Transition Acceptance under Clause 4.3.

1.5 "Customer Data" means all data of Customer or its staff, customers or suppliers that Provider handles in performing the Services.

## 2. Term

2.1 This Agreement starts on the date of signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. It does not renew automatically. Any extension requires a written amendment signed by both parties.

## 3. Services

3.1 Provider shall provide the Services described in Schedule 1 for about 1,450 users at the eight Customer sites, in accordance with the Service Levels and good industry practice.

3.2 Provider shall staff a service desk in Hohhot able to work in Mandarin, and shall keep on-site engineers at the head office and at each processing plant during the hours stated in Schedule 1.

3.3 Provider shall use the ticketing tool supplied by Customer and record every incident and request in it.

3.4 Provider shall submit a monthly service report within five working days after each month end, showing performance against each Service Level, open problems, and planned changes.

3.5 Provider shall take part in a monthly service review meeting with Customer's IT manager and shall agree an improvement plan for any Service Level missed in two consecutive months.

## 4. Transition

4.1 Provider shall take over the Services from Customer's internal team within 60 days after signature (the "Transition"), following the transition plan agreed in the first two weeks.

4.2 During the Transition Provider shall build an inventory of all end-user devices and network equipment, document the current configurations, take over open tickets, and prepare runbooks for each site.

4.3 Transition Acceptance requires that: (a) the inventory is complete and reconciled with Customer's asset register; (b) runbooks for all eight sites have been approved by Customer's IT manager; (c) the service desk has handled live tickets for ten consecutive working days with all Priority 1 and Priority 2 tickets within their Service Levels; and (d) Provider's staff have passed Customer's site induction. Customer shall confirm Transition Acceptance in writing within five working days after these criteria are met.

4.4 If Transition Acceptance is delayed beyond 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total contract value is CNY 2,212,000, including VAT.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears from the Service Commencement Date.

5.3 Customer shall pay each correct invoice within 30 days after receipt of a valid special VAT invoice. No advance payment is due.

5.4 Service credits under Schedule 2 are deducted from the next monthly invoice.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not sell it, use it for its own purposes or give it to any third party.

6.2 At the end of the Term Provider shall hand back all documentation and any Customer Data in its possession.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's business, technical and financial information received under this Agreement, and shall disclose it only to its employees and advisers who need it for this Agreement. These duties continue for three years after the end of the Term.

7.2 Clause 7.1 does not apply to information that is public, already known to the receiving party without restriction, or that must be disclosed by law.

## 8. Intellectual Property

8.1 Provider keeps its own tools, methods and know-how.

8.2 The inventory, runbooks, scripts, configuration records and reports prepared for Customer under this Agreement belong to Customer, which may use and modify them and give them to any successor provider.

## 9. Personnel and Subcontracting

9.1 Provider shall assign qualified staff and shall replace any person whom Customer reasonably objects to.

9.2 Provider shall ensure that its staff at the processing plants follow Customer's food safety and hygiene rules.

9.3 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to death or personal injury, fraud or wilful misconduct.

10.2 Neither party is liable for indirect or consequential losses.

## 11. Duration and Early Ending

11.1 The parties intend the Services to run for the full Term. Customer's remedies for a failure of the Services are the service credits in Schedule 2, the delay payments in Clause 4.4 and damages under Clause 10. Customer may not end this Agreement before the end of the Term.

11.2 Provider may suspend the Services, and may end this Agreement, if Customer fails to pay an undisputed invoice within 60 days after a written reminder.

11.3 At the end of the Term Provider shall give reasonable help to Customer or a successor provider for up to 30 days, at the rates in Schedule 3.

## 12. Force Majeure

12.1 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding.

## 14. General

14.1 This Agreement, including its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

14.2 This Agreement is signed in English and Chinese. Both versions are equally valid.

14.3 Notices shall be in writing and sent to the addresses above.

For Provider: ____________________  For Customer: ____________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Phone, email and portal support in Mandarin for about 1,450 users; logging, triage, first-line fixes and password resets | 24 hours a day, 7 days a week |
| On-site end-user support | Desktop, laptop, printer and mobile device support; installs, moves and changes; hardware repair coordination with manufacturers | Head office and plants, 08:00-20:00 on working days; on call at night for plant production areas |
| Local network operations | Monitoring and management of switches, wireless access points and firewalls at the eight sites; configuration backups; firmware updates in agreed windows | Monitoring at all times; changes in agreed windows |
| Asset management | Keeping the device inventory current, joiners and leavers, disposal records | Working days |
| Reporting and governance | Monthly service report, monthly service review meeting, quarterly improvement plan | Monthly and quarterly |

## Schedule 2 - Service Levels and Service Credits

| Measure | Service Level | Service credit if missed |
|---|---|---|
| Priority 1 incident (plant production systems or a whole site without network) - response | 15 minutes | CNY 1,000 per hour of delay |
| Priority 1 incident - restoration | 6 hours | CNY 2,000 per hour of delay |
| Priority 2 incident (a department or key user affected) - response | 1 hour | CNY 300 per hour of delay |
| Priority 3 incident - resolution | 2 working days | none |
| Local network availability per site, per month | 99.95% | 5% of the monthly service charge per 0.1 percentage point below the level |

Total service credits in a month shall not exceed 20% of that month's service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge (one-time) | fixed price | 124,000 |
| Monthly service charge | CNY 58,000 x 36 months | 2,088,000 |
| **Total contract value** | | **2,212,000** |
| Additional work and exit help | CNY 2,400 per engineer day | as ordered |

The monthly service charge covers up to 1,600 users. For more users, the charge increases by CNY 35 per additional user per month.
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. WRG-CN-2027-007

PARTIES

Wind River Geodata, Inc., 700 North Federal Boulevard, Riverton, Wyoming 82501, USA ("Provider").

Heilongjiang Beifeng Agricultural Mutual Insurance Co., Ltd., Harbin, Heilongjiang Province, PRC ("Customer").

BACKGROUND

Provider compiles gridded weather, soil moisture and satellite crop-condition data and delivers it through an application programming interface (API). Customer insures crops in north-east China and wishes to use the data for underwriting, crop loss assessment and claims review. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the datasets described in Annex 1: daily gridded temperature, precipitation and soil moisture for Heilongjiang, Jilin and Liaoning provinces; vegetation index and crop-condition layers at 10-metre resolution, refreshed every five days in the growing season; and the historical archive from 2008 onward.

1.2 "API" means Provider's application programming interface through which Customer retrieves the Data Products.

1.3 "Customer Inputs" means all data Customer submits to the API or otherwise provides to Provider, including field boundaries, insured plot locations, crop types, policy numbers and claim records.

1.4 "Subscription Year" means each of the two consecutive periods of one year set out in Clause 2.

1.5 "Outputs" means reports, maps, scores and models that Customer creates using the Data Products.

2. TERM

2.1 The Agreement takes effect on signature. Subscription Year 1 starts on the date of the Integration Acceptance under Clause 5 (the "Start Date"). Subscription Year 2 starts on the first anniversary of the Start Date. The Agreement ends at the end of Subscription Year 2.

2.2 The Agreement does not renew automatically. The parties may agree a renewal in writing; if they do so within 60 days before the end of Subscription Year 2, the renewal fees shall be the same as the fees in Clause 4.

3. LICENCE AND USE

3.1 Provider grants Customer a non-exclusive, non-transferable licence during the term to retrieve, store and use the Data Products for its insurance business in mainland China, including for use by its branches and by loss adjusters working for it.

3.2 Customer may include Data Products in reports and decisions given to policyholders, regulators and reinsurers, but shall not resell the Data Products as a dataset.

3.3 The API allows up to 2 million calls per Subscription Year. Calls above that volume are charged at the overage rate in Annex 2 and are not part of the subscription fees.

3.4 Provider shall give Customer at least 90 days' notice before withdrawing any Data Product or making a change to the API that is not backward compatible, and shall offer a replacement of equal quality at no extra charge.

3.5 Data Products downloaded during the term may be kept and used after the term for the records of claims and policies to which they relate.

4. FEES AND PAYMENT

4.1 The fees are:

    Subscription fee, Subscription Year 1 ............ CNY 386,000
    Subscription fee, Subscription Year 2 ............ CNY 386,000
    Integration support (one-time) ................... CNY 42,000
    Total contract value ............................. CNY 814,000

4.2 The fees include VAT and any withholding tax.

4.3 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. The integration support fee is invoiced after Integration Acceptance. Each invoice is payable within 30 days after Customer receives a valid VAT invoice.

4.4 Nothing is payable before the Start Date.

5. INTEGRATION AND ACCEPTANCE

5.1 Within 40 days after signature Provider shall: (a) load the historical archive for the three provinces into Customer's data platform; (b) set up API access for Customer's claims and underwriting systems; and (c) train Customer's data team.

5.2 Integration Acceptance requires that: (a) the historical archive loaded into Customer's platform matches the record counts and checksums supplied by Provider; (b) the API returns data for 200 test plots chosen by Customer with correct coordinates and dates; (c) average API response time is below 2 seconds for 50 parallel requests; and (d) Customer's data team has completed training. Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met. Use of the API for testing is not acceptance.

5.3 Provider shall provide a written integration guide in English and Chinese, with sample requests and error codes, before training starts.

5.4 If Integration Acceptance is delayed beyond 40 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

6. SERVICE LEVELS

6.1 The API shall be available 99.95% of each calendar month, excluding scheduled maintenance notified at least 48 hours in advance.

6.2 Priority 1 incidents (the API is unavailable, or a scheduled refresh of the Data Products has failed) shall be responded to within 8 business hours. Priority 2 incidents shall be responded to within 2 business days. Business hours are 08:00 to 18:00 Mountain Time, Monday to Friday.

6.3 If monthly availability falls below 99.95%, Customer shall receive a credit of 5% of the monthly equivalent of the subscription fee for each full 0.1 percentage point of shortfall. If a scheduled refresh is more than two days late, Customer shall receive a credit of CNY 1,000 for each day of delay. Credits are deducted from the next invoice or paid within 30 days after the end of the term.

6.4 Provider shall publish a monthly report of availability, refresh timeliness and incidents on the customer portal.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs remain the property of Customer.

7.2 Provider may use Customer Inputs to provide the API and Data Products to Customer. Customer also grants Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and de-identified form to calibrate, validate and improve Provider's crop-condition models and Data Products for all of its customers. This licence continues after the end of the Agreement.

7.3 Provider shall protect Customer Inputs using encryption in transit and at rest, access control limited to named staff, multi-factor authentication and access logs. Customer Inputs containing personal information shall be stored only on servers in mainland China operated by Provider's hosting partner, and shall not be transferred abroad.

7.4 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs, shall cooperate in the investigation and remediation, and shall be liable for losses caused by its failure to comply with this Clause 7.

8. INTELLECTUAL PROPERTY

8.1 Provider and its licensors own the Data Products, the API and all related software.

8.2 Customer owns the Outputs, including any loss assessment models it builds, and may use, modify and license them freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, shall use it only for this Agreement, and shall not disclose it to third parties except to professional advisers and regulators. This duty continues for three years after the Agreement ends.

9.2 Provider shall ensure that its staff and its approved hosting partner who have access to Customer's information are bound by written confidentiality duties no less strict than this Clause 9.

10. WARRANTIES

10.1 Provider warrants that the Data Products are compiled with reasonable skill and care using the methods described in Annex 1, and that it has the right to license them.

10.2 Provider shall defend Customer against any claim that the Data Products or the API infringe a third party's rights and shall pay the resulting damages.

10.3 If a Data Product contains a material error attributable to Provider, Provider shall correct it and redeliver the corrected data within five business days after notice.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for death or personal injury, fraud, wilful misconduct, infringement claims under Clause 10.2 and breach of Clause 7.

11.2 Neither party is liable for indirect or consequential loss or for loss of profit.

12. SUBCONTRACTING

12.1 Provider shall not subcontract the integration services or the hosting of Customer Inputs without Customer's prior written consent. The hosting partner named in Annex 3 is approved.

13. TERMINATION

13.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 If Customer terminates under Clause 13.1, Provider shall refund the subscription fee for the rest of the current Subscription Year.

13.3 On termination or expiry Provider shall delete Customer Inputs in its possession within 30 days, subject to Clause 7.2.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final and binding.

15. GENERAL

15.1 This Agreement, including its Annexes, is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

15.2 Notices shall be in writing and sent to the addresses above or to an email address a party names in writing.

15.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over its business.

15.4 This Agreement is signed in English and Chinese. Both versions are equally authentic.

ANNEXES

Annex 1: Data Products and methods. Annex 2: API overage rates. Annex 3: Approved hosting partner.

SIGNATURES

For Provider: ____________________

For Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
NAMES = {
    "z01": ("h967z01_civil_affairs_charitable_trust_platform", "pdf", "zh", Z01),
    "z02": ("h967z02_griddle_factory_line_control_retrofit", "docx", "zh", Z02),
    "z03": ("h967z03_aerobics_chain_booking_membership_saas", "txt", "zh", Z03),
    "z04": ("h967z04_power_cable_tunnel_inspection_om_service", "txt", "zh", Z04),
    "z05": ("h967z05_wood_fired_studio_tracking_supplier_template", "md", "zh", Z05),
    "e01": ("h967e01_feed_mill_traceability_licence_sd_vendor", "pdf", "en", E01),
    "e02": ("h967e02_elevator_field_service_saas_order_form", "md", "en", E02),
    "e03": ("h967e03_cement_condition_monitoring_sensors", "docx", "en", E03),
    "e04": ("h967e04_dairy_managed_it_services_36_months", "md", "en", E04),
    "e05": ("h967e05_crop_insurance_geodata_api_subscription", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
N = None
# key: category, terms (in TERM_KEYS order), sla_clause, ld_stated, capped (goods only), deemed, contract_value,
#      fee base (goods only), forum outside mainland China, design rules
D = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 7, False, True,
                         False, "PRC", G], True, True, True, False, 1930000, 760000, False, []),
    "z02": ("hardware", [N, 1, False, "buyer", True, True, True, 0.1, N, 10, True, True, 18, 28, False, True, False,
                         "PRC", G], True, True, True, False, 1600000, 1360000, False,
            ["CR-POST-WARRANTY-FEE", "CR-SLA-NO-REMEDY", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", [99.5, 1, True, "buyer", True, True, True, 600 / 640000 * 100, 200, N, True, N, N, N, True, True,
                      False, "PRC", S], True, True, N, False, 640000, N, False,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [N, 0.5, True, "buyer", True, True, False, 0.02, N, N, True, N, N, N, False, True, False,
                         "PRC", S], True, True, N, False, 968000, N, False, ["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "z05": ("software", [N, N, False, "supplier", True, False, True, N, N, 65, False, False, 6, N, False, True, N, N,
                         G], False, False, False, True, 430000, 168000, False,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software", [N, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 9, False, True, False,
                         "South Dakota", G], True, True, True, False, 1690000, 1260000, True, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 500 / 504000 * 100, 6 / 24 * 100, N, True, N, N, N,
                      False, True, True, "PRC", S], True, True, N, False, 504000, N, False,
            ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": ("hardware", [N, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False,
                         "PRC", G], True, True, True, False, 1878000, 1664000, False, []),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 1800 / 2212000 * 100, 150, N, True, N, N, N,
                         False, False, False, "PRC", S], True, True, N, False, 2212000, N, False,
            ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("cloud", [99.95, 8, True, "buyer", True, False, True, 600 / 814000 * 100, 150, N, True, N, N, N, False,
                      True, False, "PRC", S], True, True, N, False, 814000, N, False,
            ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
EXPECTED_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
                 "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}


def tco_share(t, base, value):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = base."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(key):
    """My reading of policy §3 applied to the label."""
    cat, vals, sla, ld_stated, capped, deemed, value, base, forum_out, _ = D[key]
    t = dict(zip(TERM_KEYS, vals))
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, base, value) if capped else None
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, ext, lang, _ = NAMES[key]
    cat, vals, sla, ld_stated, capped, deemed, value, base, forum_out, design = D[key]
    t = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": f"{name}.{ext}", "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": derive(key)}


# ---------------------------------------------------------------- threshold scan
NUM_ZH = "零〇一二三四五六七八九十两百"
PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:个)?\s*(?:hours?|hrs?|h\b|小时)",
    r"\bfour[\s-]*(?:\(4\)\s*)?hours?\b",
    rf"(?<![{NUM_ZH}])四\s*个?\s*小时",
    r"(?<![\d.])0\.05(?!\d)",
    r"万分之五(?![十百])",
    r"千分之零点五",
    r"(?<![\d.])(?:100|30|15|40)\s*[%％]",
    r"(?<![\d.])(?:100|30|15|40)\s*per\s*-?cent",
    r"\b(?:one hundred|thirty|fifteen|forty)\s*(?:\(\d+\)\s*)?per\s*-?cent",
    r"百分之(?:百|一百|三十|十五|四十)(?![一二三四五六七八九点])",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)",
    r"\btwelve[\s-]*(?:\(12\)\s*)?[\s-]*months?",
    rf"(?<![{NUM_ZH}])十二\s*个\s*月",
]
RX = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "4个小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours",
            "0.05%", "万分之五", "100%", "100 %", "30%", "15％", "40%", "百分之三十", "百分之十五", "百分之四十",
            "百分之百", "thirty per cent", "15 percent", "12 months", "12-month", "12个月", "十二个月",
            "twelve (12) months"]
MUST_MISS = ["99.95%", "99.98%", "24小时", "24 hours", "二十四小时", "14 hours", "0.5小时", "1.4 hours", "0.055%",
             "万分之五十", "130%", "2.15%", "115%", "140%", "百分之三十五", "112 months", "二十二个月", "30 days",
             "15 days", "40 days", "24 months", "十八个月", "5%", "10%", "20%", "0.5 hours"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    sources, targets = {}, {}
    for key, (name, ext, lang, src) in NAMES.items():
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (f"{name}.{ext}", ext)
        else:
            (OUT / f"{name}.{ext}").write_text(src, encoding="utf-8")
            print("wrote", f"{name}.{ext}")
    write(sources, targets, OUT, wrap_words=True)

    fired, problems = set(), []
    thresholds = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                  "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for key, (name, ext, lang, src) in NAMES.items():
        lab = label(key)
        design = sorted(D[key][-1])
        if lab["expected_rules"] != design:
            problems.append((key, "rules", lab["expected_rules"], design))
        if risk(lab["expected_rules"]) != EXPECTED_RISK[key]:
            problems.append((key, "risk", risk(lab["expected_rules"])))
        fired |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        for k, th in thresholds.items():
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append((key, "threshold value", k))
        cat, vals, sla, ld_stated, capped, deemed, value, base, forum_out, _ = D[key]
        share = tco_share(t, base, value) if capped else None
        if share is not None and abs(share - 40) <= 2:
            problems.append((key, "tco near threshold", share))
        text = read_back(OUT / lab["file"])
        n = size(text, lang)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        if not ok:
            problems.append((key, "length", n))
        hits = scan(text)
        if hits:
            problems.append((key, "threshold figure in text", sorted(set(hits))))
        print(f"{key} {lab['file']}: size {n}, rules {lab['expected_rules']}, risk {risk(lab['expected_rules'])}"
              + (f", tco share {share:.2f}" if share is not None else ""))
        (OUT / f"{name}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
