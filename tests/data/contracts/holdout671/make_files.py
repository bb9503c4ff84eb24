"""holdout671: builds the ten held-out draft contracts (.txt/.md written here, .docx/.pdf through ../word_pdf.py),
writes their .json labels and asserts lengths, thresholds, label rules and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:国家公园生态监测综合平台建设项目合同
P:合同编号：GYGL-ZC-2027-0318
P:甲方（采购人）：某国家公园管理局
P:乙方（供应商）：杭州青岚生态信息技术有限公司
P:根据政府采购项目公开招标结果及招标文件、投标文件，甲乙双方依照《中华人民共和国民法典》《中华人民共和国政府采购法》，就国家公园生态监测综合平台（软件许可及定制开发）事宜，订立本合同。本合同由甲方提供文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供生态监测综合平台软件许可（永久使用，不限用户数），并完成定制开发、数据对接、部署实施及培训。
P:1.2 定制开发内容包括：红外相机影像智能识别模块、样线巡护管理模块、水文水质与气象监测数据汇聚模块、生物多样性本底数据库及领导驾驶舱。
P:1.3 数据对接包括：甲方现有巡护终端、野外红外相机回传平台、水文站、气象站及上级主管部门生态监测数据报送接口，共计十一个接口。
P:1.4 平台应支持国产操作系统、数据库和中间件，满足信创适配要求，并预留与自然资源部门监测平台的对接能力。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰陆拾捌万元整（¥2,680,000），为固定总价，含税费、差旅、部署及培训等全部费用。
P:2.2 分项价格：平台软件许可费¥1,280,000；定制开发费¥1,060,000；数据对接费¥210,000；实施及培训费¥130,000。
P:2.3 除本合同另有约定外，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款，计¥536,000。
P:3.2 平台初验合格后十五个工作日内，甲方支付合同总价的45%，计¥1,206,000。
P:3.3 最终验收合格并签署最终验收报告后十五个工作日内，甲方支付合同总价的35%，计¥938,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款以财政资金到位为前提，因财政审批原因延迟支付的，不视为甲方违约。
P:3.5 乙方应在合同签订前以银行保函形式提交合同总价5%的履约保证金，最终验收合格后十个工作日内由甲方无息退还；乙方未履行质保义务的，甲方可从履约保证金中扣除相应费用。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后九十日内完成平台部署和定制开发并提请初验，一百五十日内具备最终验收条件。
P:4.2 平台部署在甲方政务云，乙方不得将系统及数据部署于甲方指定环境以外的任何服务器。
P:4.3 乙方应派驻不少于五名实施人员，项目经理未经甲方同意不得更换。
P:4.4 乙方应每周向甲方提交项目周报，说明进度、问题及风险；进度滞后的，应提出书面赶工计划并经甲方确认。
P:4.5 乙方应为甲方系统管理员、业务骨干及各管护站巡护人员提供不少于三期培训，每期培训结束后进行考核，培训教材及视频资料交付甲方。
H:第五条 验收
P:5.1 初验标准：全部功能模块按招标文件技术要求逐项测试通过；十一个接口连续七日数据传输无丢失；红外相机影像物种识别准确率不低于九成（以甲方抽取的二千张样本为准）；第三方软件测评机构出具的功能及安全测试报告无高危问题。
P:5.2 最终验收标准：初验后系统连续试运行六十日，未发生一级故障；驾驶舱页面响应时间不超过3秒（并发用户二百人）；全部文档（需求规格说明书、设计文档、源代码、部署手册、用户手册）已交付甲方。
P:5.3 验收由甲方组织，并可邀请专家参加。系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为最终验收合格之日起三年，质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外，且须提前三日通知甲方）。一级故障（平台整体不可用或监测数据中断）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次工作日内解决。
P:6.3 服务水平未达标的，每超出响应时限一小时，乙方向甲方支付人民币800元；月度可用率每低于承诺值0.01个百分点，乙方支付人民币1,500元，甲方可从应付款项或履约保证金中直接扣除。
P:6.4 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥102,400），质保期满后前三年不予上调；维护合同需经双方另行签订，不自动续期。
P:6.5 质保期满前一个月，乙方应对平台进行一次全面健康检查并出具检查报告，同时完成知识转移，确保甲方运维人员能够独立处理常见问题。
H:第七条 知识产权
P:7.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的模块、接口程序、数据库结构、源代码及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。
P:7.3 乙方保证其交付成果不侵犯任何第三方知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储和处理的全部监测数据、影像、巡护轨迹及物种分布信息均归甲方所有。乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《网络安全法》及网络安全等级保护要求，对敏感物种分布数据采取加密存储、分级授权和操作日志审计措施，远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政处罚。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、未公开的生态资源信息及系统账号口令负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务在本合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方逾期付款的（财政原因除外），每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:12.3 合同解除的，乙方应在十日内向甲方移交全部数据、源代码及文档，并协助甲方完成系统迁移，不得以任何理由拒绝或拖延。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及澄清文件为本合同组成部分。
P:14.3 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。
P:14.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：________    乙方（盖章）：________
P:签订日期：2027年3月18日
"""

Z02 = """T:注塑成型及组装线控制系统改造合同
P:合同编号：ZSQ-SB-2027-046
P:甲方（买方）：江苏某医疗器械有限公司（一次性注射器生产厂）
P:乙方（卖方）：苏州恒拓自动化科技有限公司
P:甲方为提升一次性注射器注塑成型及组装线的自动化水平和质量追溯能力，委托乙方对二车间六条注塑成型线和四条组装线的控制系统进行改造，并提供质保期满后的维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 六条注塑成型线的PLC控制柜改造、伺服驱动及模温控制模块更换；四条组装线（针管装配、活塞装配、印刷、包装）的控制系统升级。
P:1.2 四套在线视觉检测系统，对针尖、刻度印刷和胶塞装配进行全检，并自动剔除不合格品。
P:1.3 产线监控软件许可一套（含数据采集、设备状态看板、工艺参数管理和批记录模块），与甲方现有MES及洁净车间环境监测系统对接。
P:1.4 改造须在甲方计划停产检修期内分线实施，每条线停线时间不超过七日，不得影响其他产线正常生产。
P:1.5 改造后的控制系统应满足医疗器械生产质量管理规范对计算机化系统的要求，包括用户分级权限、电子记录不可篡改和审计追踪。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾肆万陆仟元整（¥1,646,000），含税、运输、安装调试、培训及质保期内服务费用。分项价格见下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜改造|6套|402,000
TB:2|伺服驱动及模温控制模块|6套|318,000
TB:3|在线视觉检测系统|4套|276,000
TB:4|工业网关及交换机|1批|94,000
TB:5|产线监控软件许可|1套|346,000
TB:|软硬件小计||1,436,000
TB:6|安装调试及系统对接|1项|184,000
TB:7|培训|1项|26,000
TB:|合计||1,646,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料或汇率变化调整。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的10%，计¥164,600。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%，计¥905,300。到货签收及安装调试完成不视为验收合格。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的35%，计¥576,100。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后六十日内将全部设备运抵甲方工厂，并按双方确认的分线计划完成安装调试。
P:4.2 乙方逾期交付或逾期完成安装调试的，应及时书面说明原因，并采取增派人员、加班等赶工措施，尽快完成。
P:4.3 乙方进入洁净车间作业应遵守甲方的更衣、消毒和动火审批制度，施工产生的垃圾由乙方负责清运。
P:4.4 乙方可将电气布线、控制柜安装等辅助工作分包给具备相应资质的单位，分包前以书面形式通知甲方即可；乙方对分包单位的工作质量和安全承担责任。
P:4.5 乙方应对其现场人员的安全负责，遵守甲方的安全生产和职业卫生管理规定；因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
P:4.6 乙方应在安装调试完成前向甲方交付电气图纸、PLC程序备份、软件安装介质、操作规程及维护手册各一套，并提供电子版本。
H:第五条 验收
P:5.1 验收标准：每条产线改造后连续七十二小时满负荷运行无停机故障；注塑成型节拍和组装线产能达到技术协议规定值；视觉检测的漏检率和误剔率符合技术协议附件二的要求；工艺参数、批记录能够完整上传至MES；设备确认（IQ/OQ）文件齐全并经甲方质量部门签字。
P:5.2 全部产线改造完成后，双方共同进行最终验收并签署验收报告。安装调试完成、试生产或付款均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新提请验收，整改费用由乙方承担。
P:5.4 最终验收时，乙方应提交改造前后产能、停机时间及不良率的对比报告，作为验收资料存档。
H:第六条 质保与维保
P:6.1 质保期为最终验收合格之日起二十四个月。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:6.2 服务响应：一级故障（整线停机）乙方应在1小时内响应，6小时内到场；二级故障（单工位故障）2小时内响应，次日到场。
P:6.3 乙方超出上述响应或到场时限的，每超时一小时，甲方可从应付款项或维保费中扣减人民币600元。
P:6.4 质保期满后，乙方提供维保服务，年度维保费为软硬件小计的10%，即每年¥143,600，质保期满后前三年不上调。维保合同每年由甲方决定是否续签，不自动续期。
P:6.5 维保服务内容包括：每季度一次预防性巡检并出具巡检报告；控制程序和软件的缺陷修复及版本更新；视觉检测系统的光源、镜头校准；故障响应时限与本条第6.2款相同。
P:6.6 乙方应在甲方工厂常备易损备件（包括伺服驱动器、温控模块、工业相机及光源），备件清单由双方于验收时确认；质保期内备件费用由乙方承担。
P:6.7 乙方承诺改造所用主要设备在最终验收后八年内持续供应备件；如某型号停产，乙方应提前六个月通知甲方并提供兼容替代方案。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、视觉检测配方及参数、接口程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
P:7.2 产线监控软件的原有知识产权归乙方，乙方授予甲方永久使用许可。
H:第八条 数据安全
P:8.1 产线采集的生产数据、工艺参数、批记录及质量数据归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方应保证系统具备访问控制和操作日志功能，远程维护须经甲方书面批准并在甲方人员监督下进行。发生数据丢失或泄露的，乙方应在2小时内通知甲方，因乙方原因造成损失的，由乙方全额赔偿。
H:第九条 保密
P:9.1 乙方对在履约过程中知悉的甲方工艺配方、产品规格、产能及客户信息负有保密义务，保密期限为合同终止后五年。
P:9.2 乙方应要求其现场人员签署保密承诺书，不得在车间内拍照录像，并对其人员违反保密义务的行为承担责任。
H:第十条 违约责任
P:10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任，并赔偿对方因此遭受的实际损失。
P:10.3 乙方未按第六条提供质保或维保服务的，甲方有权另行委托第三方维修，由此产生的合理费用由乙方承担。
P:10.2 甲方逾期付款的，应在乙方书面催告后十日内支付。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同并要求乙方返还已付款项、赔偿损失。
P:11.2 因不可抗力导致合同无法履行的，受影响一方应及时通知对方并提供证明，双方协商变更或解除合同。
P:11.3 合同解除后，乙方应配合甲方恢复产线原有控制方式或移交已完成部分的程序和资料，保证甲方生产不中断。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，提交常州仲裁委员会仲裁。
H:第十三条 其他
P:13.1 本合同附件与正文具有同等效力；正文与附件不一致的，以正文为准。
P:13.2 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:13.3 本合同的任何变更须经双方书面确认。
P:附件一：技术协议  附件二：视觉检测指标
P:甲方（盖章）：________    乙方（盖章）：________
"""

Z03 = """艾灸连锁门店预约及会员管理系统服务合同

合同编号：AJ-IT-2027-011
甲方：广州某健康管理连锁有限公司
乙方：深圳云檀软件服务有限公司

甲方经营艾灸养生连锁门店四十家，现委托乙方以软件即服务（SaaS）方式提供门店预约及会员管理系统，并完成系统实施。双方经友好协商，订立本合同，共同遵守。

一、服务内容
（一）乙方向甲方四十家门店提供预约及会员管理系统的在线使用服务，包括：
1. 顾客预约：微信小程序预约、技师排班、艾灸床位及房间管理、到店提醒；
2. 会员管理：会员档案、储值卡与疗程卡、积分与等级、会员生日关怀；
3. 收银与结算：门店收银、疗程核销、技师提成计算、日结对账；
4. 经营分析：门店经营日报、会员消费分析、总部管理驾驶舱。
（二）乙方负责系统实施，包括：门店及账号配置、甲方现有约六万名会员数据及储值余额迁移、小程序页面按甲方品牌定制、与甲方财务软件对接、总部及门店人员培训。
（三）服务期限为两个服务年度。第一个服务年度自上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（四）服务期内，乙方免费提供系统版本升级、安全补丁和新功能推送；涉及门店操作流程变化的升级，应提前七日通知甲方并提供操作说明。
（五）乙方应提供全天候的在线客服和电话技术支持，并为甲方总部指定一名客户成功经理，负责需求对接和问题跟踪。

二、服务费用
（一）合同总价为人民币陆拾叁万元整（¥630,000），包括：
1. 系统订阅费：每家门店每服务年度¥6,800，四十家门店每服务年度合计¥272,000，两个服务年度合计¥544,000；
2. 一次性实施费：¥86,000。
（二）服务期内甲方新增门店的，按每家门店每服务年度¥6,800另行计费，按剩余服务期折算；关闭门店的，下一服务年度相应减少订阅费。
（三）上述费用已含税，乙方不得另行收取短信、存储或版本升级费用。

三、付款方式
（一）本合同不设预付款。
（二）实施费在上线验收合格后十五个工作日内一次性支付。
（三）每一服务年度的订阅费，在该服务年度开始后十五个工作日内支付。
（四）乙方应在付款前开具合法有效的增值税发票，甲方收到发票后付款。
（五）甲方按本条约定支付的费用以对公转账方式汇入乙方书面指定的银行账户，乙方变更账户的，应提前书面通知甲方。

四、实施与上线
（一）乙方应在合同签订后四十五日内完成全部四十家门店的系统上线。
（二）乙方应指派专职项目经理，每周向甲方报告实施进度；门店切换应安排在营业结束后进行，不得影响门店正常营业。
（三）乙方应为甲方总部管理人员、各门店店长及前台收银人员分批组织培训，培训结束后进行上机考核，考核合格人员方可独立操作；新开门店的培训由乙方免费提供。
（四）会员数据迁移前，乙方应提交迁移方案和回退方案，经甲方确认后实施；迁移过程中不得修改会员储值余额和疗程次数。
（五）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、上线验收
（一）验收标准：
1. 四十家门店全部可正常预约、收银和核销，小程序通过微信平台审核并正式发布；
2. 会员数据迁移完整，会员人数、储值余额、剩余疗程次数与原系统逐条核对一致；
3. 高峰时段模拟二千名顾客同时预约，页面响应时间不超过2秒；
4. 与财务软件的日结数据连续十日对账无差异；
5. 乙方已交付操作手册、培训视频和数据字典。
（二）甲方在收到乙方验收申请后十个工作日内组织验收，验收合格的签署上线验收单。门店试用或甲方付款不视为验收合格。

六、服务水平
（一）系统月度可用率不低于99.6%，计划维护须安排在凌晨二时至六时，并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、收银）：15分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能异常）：1小时内响应，8小时内恢复；
3. 三级问题（咨询、优化需求）：1个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方减免甲方当月订阅费的5%；一级故障未在时限内恢复的，每超时一小时乙方减免当月订阅费的2%，减免金额从下一期订阅费中扣除。
（四）乙方应于每月五日前向甲方提交上月服务报告，列明可用率、故障次数、处理时长及减免金额，经甲方确认后作为结算依据。

七、数据归属与使用
（一）甲方会员信息、预约记录、消费及储值记录等业务数据归甲方所有。
（二）在不识别具体会员身份的前提下，乙方可将脱敏、汇总后的门店经营数据及会员消费数据用于其产品优化、行业分析报告的编制和发布，该使用在本合同终止后仍可继续。
（三）服务期满或合同终止后三十日内，乙方应将甲方业务数据以通用格式完整交付甲方，并在甲方确认后删除乙方系统中的甲方数据。

八、数据安全
（一）乙方应遵守《个人信息保护法》《数据安全法》，对会员手机号、健康状况备注等个人信息加密存储，实行最小权限访问，保留操作日志不少于六个月。
（二）系统应部署在中国境内的云平台，不得向境外传输甲方数据。
（三）乙方每服务年度应委托具备资质的机构对系统进行一次安全测评，并将测评结论提交甲方；发现的中高风险问题应在三十日内整改完毕。
（四）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的损失及甲方对会员承担的赔偿，由乙方承担。

九、保密
乙方对甲方的门店经营数据、价格策略、会员信息及本合同内容负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。乙方应与接触甲方数据的员工签订保密协议，并对员工违反保密义务的行为承担连带责任。

十、知识产权
（一）系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面设计、品牌素材、报表模板及财务对接程序归甲方所有，甲方可自由使用、修改和委托他人开发。
（三）乙方保证其提供的系统及交付成果不侵犯第三方的知识产权；因此引起的任何索赔由乙方负责处理并承担全部费用。

十一、分包
乙方不得将本合同项下的服务分包给第三方；确需分包的，须事先取得甲方书面同意。

十二、续约与终止
（一）服务期满前六十日，双方协商续约事宜；本合同不自动续期。
（二）乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应退还未履行服务期对应的订阅费。
（三）合同终止的，乙方应继续提供不少于三十日的过渡期服务，协助甲方将业务迁移至新系统，过渡期内不另收费用。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
（一）本合同未尽事宜，双方可签订补充协议。补充协议与本合同不一致的，以补充协议为准。
（二）本合同附件包括：门店清单、功能清单、数据迁移方案，与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """草原火情监测系统运维服务合同

项目名称：草原火情监测系统运维服务（竞争性磋商）
合同编号：CYFH-YW-2027-07
甲方（采购人）：某盟草原防火指挥部
乙方（成交供应商）：呼和浩特安澜智控信息技术有限公司

根据草原火情监测系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方依照《中华人民共和国民法典》《中华人民共和国政府采购法》订立本合同。

第一条 服务范围
（一）运维对象：甲方建设的草原火情监测系统，包括八十六个瞭望塔监测点的可见光及热成像双光谱摄像机、太阳能供电及储能设备、微波及无线传输链路、卫星遥感火点接收处理系统、火情指挥调度平台及其服务器、存储和网络设备。
（二）服务内容：日常巡检与预防性维护、故障处理、设备维修及零部件更换、平台软件维护与升级、数据备份、防火期驻场值守、年度全面检修和运维报告编制。
（三）服务期限：自2027年4月1日起至2028年3月31日止。其中，每年3月15日至6月15日、9月15日至12月15日为重点防火期。

第二条 服务费用
（一）本合同服务费为人民币壹佰贰拾叁万陆仟元整（¥1,236,000），为固定总价，包括人工、交通、备品备件、耗材、检测及税费等全部费用。
（二）单价在五千元以下的零部件更换费用已包含在服务费中；单价超过五千元的设备更换，由乙方报价，经甲方书面确认后另行结算。

第三条 支付方式
（一）服务费按季度支付，每季度¥309,000。每季度结束后，甲方根据季度考核结果，在十五个工作日内支付该季度服务费。
（二）本合同不设预付款。乙方应在每次付款前开具合法有效的发票。

第四条 服务要求
（一）进场交接：乙方应在服务期开始前十日内完成与原运维单位的交接，对全部设备逐一清点并形成设备台账；交接中发现的设备缺陷应书面报告甲方，由甲方确认处理方式。
（二）日常巡检：重点防火期内每月对全部监测点巡检一次，其他时间每季度巡检一次，巡检内容包括镜头清洁、云台转动、供电及蓄电池状态、传输链路质量和防雷接地。
（三）驻场值守：重点防火期内，乙方应安排不少于三名技术人员在甲方指挥中心驻场，实行全天轮班值守。
（四）年度全面检修：乙方应在每年3月1日前完成一次全部监测点的全面检修，并向甲方提交检修报告。
（五）数据备份：火情视频、报警记录和处置记录每日增量备份，每周全量备份，备份数据保存不少于两年。
（六）平台软件维护：乙方负责指挥调度平台、火点识别算法和数据库的日常维护、补丁更新及性能优化；涉及平台功能变更的，须经甲方书面同意并在非重点防火期实施。
（七）运维报告：乙方应于每月五日前提交上月运维月报，内容包括巡检情况、故障统计、备件消耗、设备隐患及改进建议；每季度末提交季度总结，服务期满提交年度运维总结报告。
（八）应急保障：发生火情期间，乙方应根据甲方指令在十分钟内完成指定监测点的画面调度和云台控制，并安排技术人员随时待命，保障指挥调度平台和传输链路不中断。
（九）防火期前演练：每个重点防火期开始前，乙方应配合甲方开展一次火情监测报警和指挥调度联合演练，检验报警推送、画面调度和通信保障能力，演练中发现的问题应在防火期开始前整改完毕。

第五条 服务水平
（一）故障分级：一级故障指指挥调度平台中断，或同一片区连续三个以上监测点离线；二级故障指单个监测点离线或图像异常；三级故障指不影响监测的一般问题。
（二）响应时限：一级故障乙方应在30分钟内响应，城区及旗县所在地点位6小时内到场，偏远点位10小时内到场；二级故障2小时内响应，两日内修复；三级故障在下一次巡检时处理。
（三）服务水平未达到上述时限的，乙方应书面说明原因，并在甲方要求的期限内完成整改。本合同对服务水平未达标不设扣款、赔偿或违约金。

第六条 考核与验收
（一）季度考核：甲方每季度根据巡检记录、故障工单、值守记录和用户评价对乙方进行考核，考核内容包括巡检完成情况、故障处理时限、报告质量和值守纪律，考核结果作为季度付款依据。
（二）期末验收：服务期满后，甲方组织验收。验收标准为：全部监测点设备运行正常、设备台账与实物一致、全部故障工单闭环、备份数据可正常恢复、运维文档完整移交。验收合格后双方签署验收报告。
（三）季度考核不合格的，乙方应在十五日内完成整改并提请复核，复核合格后甲方支付该季度服务费。

第七条 数据安全
（一）系统采集的全部火情视频、报警信息、卫星遥感数据和处置记录归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供，也不得用于任何其他目的。
（二）乙方应按照网络安全等级保护第三级要求开展运维，远程维护须通过甲方堡垒机进行，运维账号实行专人专用，严禁使用移动存储介质拷贝系统数据。
（三）发生数据丢失、泄露或系统被入侵的，乙方应在1小时内报告甲方并采取处置措施。因乙方原因导致的数据安全事件，乙方承担全部责任。
（四）服务期满或合同终止时，乙方应向甲方移交全部账号、口令、配置文件和备份数据，并删除其持有的甲方数据副本，出具书面删除确认。

第八条 保密
乙方及其人员对在服务过程中知悉的防火指挥部署、监测点位坐标、通信参数和系统账号负有保密义务，未经甲方同意不得向任何第三方披露。乙方应与参与本项目的全部人员签订保密承诺书。本条义务在合同终止后继续有效。

第九条 知识产权
乙方在服务过程中编制的运维文档、巡检报告、设备台账、配置脚本等成果的知识产权归甲方所有。

第十条 人员与分包
（一）乙方应配备项目负责人一名、技术人员不少于八名，人员名单报甲方备案，更换人员须经甲方同意。
（二）乙方应为其野外作业人员购买意外伤害保险，配备必要的安全防护装备，登塔作业须遵守高处作业安全规程。乙方人员在服务过程中发生的人身伤害，由乙方自行承担责任。
（三）乙方不得将本合同项下的服务转包或分包给第三方。

第十一条 违约责任
（一）乙方未按约定时间完成进场交接或年度全面检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第七条、第八条约定的，应赔偿甲方因此遭受的全部损失。
（三）乙方违约的，甲方有权要求乙方继续履行、限期整改并支付违约金。

第十二条 合同的履行与解除
本合同履行期间，除因不可抗力致使合同目的无法实现外，任何一方均不得解除本合同。乙方违约的，按第十一条承担违约责任，甲方不得以此为由解除合同。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）磋商文件、响应文件、成交通知书为本合同的组成部分。
（二）服务期内甲方新建监测点纳入运维范围的，双方按本合同单价水平另行签订补充协议。
（三）本合同附件包括：监测点设备清单、巡检作业规范、故障工单模板。
（四）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
签订日期：2027年3月20日
"""

Z05 = """# 软件许可及定制开发合同

**衡准软件标准合同文本 V3.0**

- 合同编号：HZ-XS-2027-0592
- 甲方（用户）：浙江某医疗电子有限公司（电子血压计生产厂）
- 乙方（供应商）：宁波衡准工业软件有限公司

甲方拟在其电子血压计生产基地建设校准线追溯系统，乙方为该系统软件的开发商。双方根据《中华人民共和国民法典》，在平等自愿的基础上，就软件许可及定制开发事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“衡准校准追溯系统”软件许可一套，许可方式为永久许可，部署于甲方工厂服务器，授权校准工位六十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：压力传感器校准数据自动采集、整机示值误差检定记录、不合格品隔离与返工流转、产品序列号与校准证书绑定、与甲方ERP及MES系统的接口。

1.3 乙方负责软件的安装部署、基础数据初始化及操作培训。

1.4 软件运行环境由甲方按乙方提供的配置清单准备，包括应用服务器、数据库服务器、工位终端及网络。运行环境不符合配置清单导致的问题，不属于乙方责任，由此产生的额外工作量按第2.3款计费。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰叁拾捌万元整（¥1,380,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 衡准校准追溯系统软件许可（60工位） | 1,020,000 |
| 2 | 定制开发（校准采集、检定记录、返工流转、证书绑定、接口） | 280,000 |
| 3 | 安装部署及培训 | 80,000 |
| | 合计 | 1,380,000 |

2.2 上述价款不含甲方服务器、操作系统及数据库等第三方软硬件，如需乙方代购，另行报价。

2.3 需求确认后甲方提出的需求变更，乙方按每人日人民币2,800元另行计费。

2.4 乙方人员现场实施期间的差旅及食宿费用已包含在合同总价中；质保期满后乙方人员到现场服务的差旅费用由甲方承担。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方向乙方支付合同总价的65%，计人民币897,000元。乙方收到该笔款项后启动项目。

3.2 系统上线运行后五个工作日内，甲方向乙方支付合同总价的35%，计人民币483,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

3.4 乙方在收到每期款项后十个工作日内向甲方开具增值税专用发票。

## 第四条 交付与实施

4.1 乙方在收到首期款项后一百二十日内完成软件部署和定制开发，并通知甲方上线运行。乙方可根据实际情况调整实施计划，并提前通知甲方。

4.2 甲方应按乙方要求提供场地、网络、服务器、校准设备通讯协议及配合人员。因甲方原因导致工期延误的，工期相应顺延。

4.3 实施过程中的需求以双方签字的《需求确认书》为准。《需求确认书》签字后，甲方不得再提出需求变更，确需变更的按第2.3款计费。

4.4 乙方派出项目经理一名及实施工程师若干，人员安排由乙方根据项目进度确定。培训采用集中授课方式，共两次，每次不超过两日，培训对象为甲方系统管理员及校准线班组长。

## 第五条 验收

5.1 乙方完成部署后通知甲方上线运行。系统上线运行后，即视为甲方验收合格。

5.2 甲方在上线运行后提出的问题，乙方在质保期内按第六条处理，不影响验收结论和付款。

5.3 系统上线运行后，甲方因自身原因未实际使用的，不影响乙方已完成交付义务的认定。

## 第六条 质保与技术支持

6.1 本合同软件的免费质保期为六个月，自系统上线运行之日起计算。

6.2 质保期内，乙方提供远程技术支持和软件缺陷修复。一级故障（校准线整体停止数据采集）乙方在8小时内响应，二级故障在两个工作日内响应，一般问题在五个工作日内答复。

6.3 乙方将尽力在合理时间内排除故障，但对故障处理时间不作承诺，亦不承担因故障导致的扣款、赔偿或违约金。

## 第七条 维保服务

7.1 质保期满后，甲方应向乙方购买年度维保服务，以继续获得技术支持和版本升级。

7.2 年度维保费为软件许可费的25%，即每年人民币255,000元，于每个维保年度开始前支付。

7.3 未购买维保服务的，乙方不再提供任何技术支持，甲方需要现场服务的，按每人日人民币3,500元另行计费。

7.4 维保服务内容包括：软件缺陷修复、远程技术支持、年度版本升级及一次现场巡检。响应时限与第6.2款相同。

7.5 维保服务以年度为单位，每年由双方签订维保服务确认单。

## 第八条 知识产权

8.1 衡准校准追溯系统及其全部组件的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、数据模型、报表及其源代码的知识产权，均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反编译，不得许可或提供给任何第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

8.4 乙方保证其软件不侵犯第三方的知识产权。因甲方修改软件或与其他软件混合使用引起的侵权纠纷，由甲方自行负责。

## 第九条 数据安全

9.1 甲方生产及校准数据归甲方所有，乙方仅为提供实施和技术支持服务而接触该数据，不得用于其他目的，也不得向第三方提供。

9.2 乙方应对其实施人员进行安全管理，远程支持须经甲方同意并通过甲方指定的方式接入；因乙方原因导致甲方数据泄露或丢失的，乙方应立即通知甲方，采取补救措施并承担相应赔偿责任。

9.3 甲方应自行负责服务器、数据库的日常备份和安全防护；乙方协助甲方制定备份策略。

## 第十条 保密

10.1 双方对在合作中获得的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。

10.2 下列信息不属于保密信息：已为公众所知的信息；接收方从第三方合法获得的信息；接收方独立开发的信息。

10.3 本条保密义务在合同终止后三年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的累计赔偿责任（包括违约金和损害赔偿）以合同总价的20%为限，且乙方不承担任何间接损失、利润损失或生产停顿损失。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 因甲方原因解除合同的，已付款项不予退还。

12.3 因不可抗力导致合同无法履行的，双方均不承担违约责任，受影响一方应及时通知对方。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件《需求确认书》《报价单》与本合同具有同等效力。

14.3 本合同为乙方标准文本，双方另有约定的，以书面补充协议为准。

甲方（盖章）：________　　乙方（盖章）：________

签订日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. NAS-CN-2027-014
P:This Agreement is made between Ningxia Xinghai Wind Power Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yinchuan (the "Buyer"), and Nordvik Asset Systems AB, a company incorporated in Sweden with its registered office at Storgatan 41, Sundsvall, Sweden (the "Vendor").
P:The Buyer operates eleven wind farms in Ningxia and Gansu and wishes to replace its spreadsheet-based maintenance planning with the Vendor's enterprise asset management software. The Vendor has agreed to license the software and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's Nordvik EAM software, version 9, including the work-order, preventive-maintenance, spare-parts, turbine-condition and mobile-inspection modules, in object code, together with its documentation.
P:1.2 "Custom Deliverables" means all configurations, interfaces, reports, data-migration scripts and other work product prepared by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or migrated into the Software by or for the Buyer, including turbine records, SCADA alarm data, work orders and personnel information.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 420 named users and 1,260 turbines at the Buyer's sites and data centre in the People's Republic of China, for the Buyer's own business and that of its wholly owned subsidiaries.
P:2.2 The Vendor shall configure the Software to the Buyer's maintenance processes, build interfaces to the Buyer's SCADA historian, ERP and document management systems, migrate the existing asset register and maintenance history, and train the Buyer's staff.
P:2.3 The Vendor shall deliver the services according to the project plan in Annex 2. The Software shall be installed on servers provided by the Buyer in its data centre in Yinchuan.
P:2.4 Training shall include a five-day administrator course for up to ten Buyer staff and on-site end-user sessions at each wind farm, in Chinese, with Chinese-language training material that the Buyer may copy for internal use.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 2,146,000, inclusive of applicable taxes, consisting of:
P:(a) Software licence fee: CNY 1,380,000;
P:(b) configuration and integration services: CNY 512,000;
P:(c) implementation, data migration and training: CNY 254,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's personnel are included.
P:3.3 The Buyer shall pay the Contract Price as follows:
P:(a) 20% (CNY 429,200) within 30 days after signature of this Agreement and receipt of a valid invoice;
P:(b) 45% (CNY 965,700) within 30 days after the Vendor has completed installation and configuration and the Buyer has signed an installation certificate, which shall not constitute acceptance;
P:(c) 35% (CNY 751,100) within 30 days after Final Acceptance.
P:3.4 All payments shall be made in CNY to the Vendor's bank account stated in its invoice. Each party bears its own bank charges.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall deliver the Software within 20 days after signature and shall make the system ready for acceptance testing within 150 days after signature.
P:4.2 If the Vendor fails to meet the date in Article 4.1 for reasons attributable to it, the Vendor shall pay the Buyer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. Payment of liquidated damages does not relieve the Vendor of its obligation to complete the work.
P:4.3 If the delay exceeds 60 days, the Buyer may terminate this Agreement under Article 12.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall be carried out by the Buyer with the Vendor's assistance, according to the test plan in Annex 3.
P:5.2 The acceptance criteria are: (a) all functions listed in Annex 1 pass the agreed test cases; (b) the SCADA, ERP and document interfaces transfer data without loss for ten consecutive working days; (c) the migrated asset register and maintenance history reconcile with the source records; (d) standard screens open within three seconds with 150 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Go-live, productive use or payment shall not by themselves constitute acceptance. If the criteria are not met, the Vendor shall correct the defects at its own cost and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation and Annex 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and new releases free of charge.
P:6.2 The Vendor shall respond to support requests as follows: Severity 1 (the system is unavailable or maintenance work orders cannot be issued) within one hour, with a workaround within eight hours; Severity 2 (a major function is impaired) within three hours; Severity 3 (other issues) within two working days.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000, deductible from any amount payable to the Vendor.
P:6.4 After the Warranty Period, the Buyer may order annual support at a fee of 11% of the Software licence fee, that is CNY 151,800 per year. This fee is fixed for the first three support years. Each support year is ordered separately by purchase order; there is no automatic renewal. Support terms shall be the same as in Articles 6.2 and 6.3.
P:6.5 The Vendor shall keep the licensed version of the Software supported for at least seven years after Final Acceptance and shall give the Buyer at least nine months' written notice before ending support for any release in use by the Buyer.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 The Vendor shall indemnify the Buyer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 Buyer Data shall remain in the Buyer's data centre in China. Remote access by the Vendor requires the Buyer's prior approval for each session, shall pass through the Buyer's bastion host with multi-factor authentication, and shall be logged. The Vendor shall not copy Buyer Data to its own systems or transfer it outside China.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and shall notify the Buyer within six hours of becoming aware of any actual or suspected security incident affecting Buyer Data. The Vendor shall be liable for all losses caused by a security incident attributable to it.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation survives for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:10.2 The limitation does not apply to personal injury, wilful misconduct, infringement under Article 7.3 or breach of Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate under Article 4.3. On such termination, the Vendor shall refund all amounts paid less the value of accepted deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Sweden, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Arbitration Institute of the Stockholm Chamber of Commerce. The seat of arbitration shall be Stockholm and the language English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — Resort Operations Cloud

Order Form No. FRS-OF-2027-0087

## Part A — Order Form

### A1. Parties

- **Provider:** Fjällspår Resort Systems AB, Prästgatan 19, Östersund, Sweden, acting through its branch office in Beijing.
- **Customer:** Chongli Xueyun Resort Management Co., Ltd., Chongli District, Zhangjiakou, Hebei Province, People's Republic of China.

This Order Form, together with the General Terms in Part B, forms the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscribed Services

The Provider shall provide the Resort Operations Cloud, a hosted software service for ski resorts, comprising the following modules:

- lift ticketing and season-pass management, including gate access control integration for 34 turnstiles;
- ski school booking, instructor scheduling and lesson packages;
- equipment rental with RFID tagging for up to 6,000 rental items;
- hotel and lodge room reservations for three properties with 412 rooms in total;
- online shop, WeChat mini-program and payment integration;
- management dashboards and standard reports.

The subscription covers up to 180 named staff users and unlimited guest transactions.

Standard support is provided in Chinese and English around the clock through the Provider's service desk in Beijing, by telephone, e-mail and the support portal. The Provider shall assign a named customer success manager who visits the resort before and during each peak season.

### A3. Subscription Term

The Subscription Term is twenty-four months, consisting of two Subscription Years. The first Subscription Year begins on the date of Onboarding Acceptance under A5 (the "Service Start Date"). The Subscription does not renew automatically; any renewal requires a new Order Form signed by both parties, at prices to be agreed at that time.

### A4. Fees and Invoicing

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | per Subscription Year | 348,000 |
| Subscription fee, Subscription Year 2 | per Subscription Year | 348,000 |
| Onboarding services (one-time) | fixed price | 46,000 |
| **Total Contract Value** | | **742,000** |

1. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a valid VAT invoice.
2. The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days after receipt of a valid VAT invoice.
3. No amount is payable before the Service Start Date. Fees are fixed for the Subscription Term and include VAT, hosting, standard support and all updates.
4. Additional staff users may be added at CNY 1,150 per user per Subscription Year, pro rata for the remainder of the Subscription Year.

### A5. Onboarding and Acceptance

1. The Provider shall complete onboarding within 75 days after signature of this Order Form. Onboarding includes configuration of products, prices and seasons, migration of the Customer's season-pass holders and open reservations, integration with the turnstile controllers, the hotel door-lock system and the Customer's finance system, and training of staff.
2. Onboarding Acceptance requires that: (a) all modules listed in A2 pass the Customer's test scripts; (b) migrated pass-holder records reconcile with the Customer's source file by number and balance; (c) turnstiles validate tickets in under one second; (d) a two-day trial during live operation completes without a Severity 1 incident; and (e) the Provider has delivered the administrator manual and training records. The Customer shall sign an Onboarding Acceptance certificate within five working days after the criteria are met.
3. If onboarding is not ready for acceptance by the date in A5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay.

### A6. Contacts and Signatures

Provider account manager: Ms. Karin Holm. Customer project lead: Mr. Zhao Lei.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## Part B — General Terms

### 1. Service Levels

1.1 The Provider shall make the service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time. During the peak season from December to March, scheduled maintenance requires the Customer's prior consent.

1.2 The Provider shall respond to incidents as follows:

| Severity | Description | Response time | Restoration target |
|---|---|---|---|
| Severity 1 | ticketing, gate access or payment unavailable at any site | 30 minutes | 3 hours |
| Severity 2 | a module degraded or unavailable for some users | 2 hours | next business day |
| Severity 3 | minor issue or question | 1 business day | next release |

1.3 If monthly availability falls below the level in 1.1, the Provider shall grant a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it, up to 50% of that monthly amount. If a Severity 1 response time is missed, the Provider shall grant an additional credit of CNY 2,000 per incident. Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

1.4 The Provider shall send a monthly service report showing availability, incidents, response and restoration times and credits.

### 2. Customer Data

2.1 All data entered into or generated in the service by or for the Customer, including guest, pass-holder, booking and payment records ("Customer Data"), belongs to the Customer.

2.2 The Provider may use Customer Data only to provide the service to the Customer under this Agreement and for no other purpose.

2.3 On expiry or termination, the Provider shall make all Customer Data available for export in a standard format for 60 days and shall then delete it and confirm the deletion in writing.

### 3. Customer Configurations

3.1 The service, its software and all improvements to it remain the property of the Provider.

3.2 Configurations, report templates, interface mappings and mini-program pages created specifically for the Customer belong to the Customer, which may use, modify and have them used by third parties without restriction.

### 4. Confidentiality

4.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement, including pricing and the terms of this Agreement, and shall use it only for the purposes of this Agreement.

4.2 Neither party may disclose such information to any third party without the other party's prior written consent, except to its professional advisers under a duty of confidence or where required by law.

4.3 These obligations survive for three years after the end of the Agreement.

### 5. Subcontracting

5.1 The Provider shall not subcontract the provision of the service or any part of it without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of any approved subcontractor.

### 6. Warranties

6.1 The Provider warrants that the service will perform materially in accordance with its documentation and this Agreement, and that updates will not materially reduce its functionality.

6.2 The Provider warrants that the service does not infringe the intellectual property rights of any third party and shall defend and indemnify the Customer against any such claim.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss, including loss of profit.

7.2 The Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid or payable by the Customer in the nine months preceding the event giving rise to the claim.

7.3 The limitation in 7.2 does not apply to personal injury or death, fraud or wilful misconduct.

### 8. Term and Termination

8.1 This Agreement begins on signature and continues until the end of the Subscription Term.

8.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice of the breach.

8.3 The Customer may also terminate by written notice if availability falls below the level in 1.1 in any two consecutive months.

8.4 On termination by the Customer under 8.2 or 8.3, the Provider shall refund any prepaid fees for the period after termination.

### 9. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than 60 days, either party may terminate the Agreement by written notice.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute arising out of or in connection with this Agreement that cannot be settled by negotiation within 30 days shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 Notices shall be given in writing to the contacts in A6 by courier or e-mail with confirmation of receipt.

11.2 This Agreement may be amended only in writing signed by both parties. It is executed in English and Chinese; both versions have equal effect.
"""

E03 = """T:Supply and Licence Contract for Rolling Mill Condition Monitoring
P:Contract No. HXSS-EQ-2027-112
P:Buyer: Tangshan Huaxin Special Steel Co., Ltd., Fengrun District, Tangshan, Hebei Province, People's Republic of China.
P:Supplier: Gävle Vibrosense AB, Södra Kungsgatan 62, Gävle, Sweden.
P:The Buyer wishes to equip the roughing and finishing stands, coilers and main drives of its hot strip mill with wireless vibration and temperature sensors and a monitoring software licence, so that bearing and gearbox faults are detected before they cause unplanned stoppages. This contract is made on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in clause 3.1.
P:1.2 "Licensed Software" means the Supplier's Vibrosense Monitor software, including its analytics, alarm and reporting modules, licensed under clause 8.
P:1.3 "Custom Work" means the machine models, alarm thresholds, dashboards, interface programs and reports prepared by the Supplier specifically for the Buyer, including source code where applicable.
P:1.4 "Buyer Data" means all measurements, alarms, diagnoses, plant information and other data collected, generated or stored by the system.
P:1.5 "Final Acceptance" means the Buyer's signed certificate under clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment, license the Licensed Software, carry out the Custom Work, integrate the system with the Buyer's mill automation and maintenance systems, and train the Buyer's staff.
P:2.2 The system shall monitor 480 measuring points on 96 machines and shall transmit alarms to the Buyer's maintenance management system and to the control room within ten seconds.
P:2.3 Installation work in the mill shall be carried out during the scheduled maintenance stops notified by the Buyer, and the Supplier shall comply with the Buyer's safety rules, including permit-to-work, lock-out and hot-area procedures.
P:2.4 Training shall consist of a three-day course for up to twelve maintenance engineers on system administration and vibration analysis, followed by two days of on-the-job coaching in the mill. The Supplier shall provide Chinese course material, which the Buyer may copy for internal use.
H:3. Price
P:3.1 The contract price is CNY 2,070,000, inclusive of VAT, packing, transport to the Buyer's site, insurance, installation, commissioning and training. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|480|1,850|888,000
TB:2|Industrial wireless gateway|24|14,500|348,000
TB:3|Edge analytics server|2|93,000|186,000
TB:4|Vibrosense Monitor licence, perpetual, 480 points|1|420,000|420,000
TB:|Equipment and licence subtotal|||1,842,000
TB:5|Installation, commissioning and integration|1|196,000|196,000
TB:6|Training|1|32,000|32,000
TB:|Contract price|||2,070,000
P:3.2 The contract price is fixed and shall not be adjusted for exchange-rate movements or changes in material costs.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the contract price (CNY 207,000) within 20 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the contract price (CNY 1,138,500) within 30 days after all Equipment has been installed and the parties have signed an installation certificate. The installation certificate confirms completion of installation only and is not acceptance.
P:4.3 The Buyer shall pay 35% of the contract price (CNY 724,500) within 30 days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid VAT invoice.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver the Equipment to the Buyer's site within 70 days after signature and shall complete installation and commissioning within 50 days after delivery.
P:5.2 The acceptance criteria are: (a) all 480 points transmit data with less than one lost packet in a thousand over a continuous run of 30 days; (b) alarms reach the control room and the maintenance system within ten seconds in each of the test cases in Annex 2; (c) the Supplier has demonstrated fault detection on the Buyer's test rig for bearing outer-race, inner-race and gear-mesh faults; (d) all Custom Work and documentation have been delivered; and (e) no Severity 1 fault has occurred in the last ten days of the run.
P:5.3 When all criteria are met, the parties shall sign a Final Acceptance certificate. Delivery, installation, commissioning, use of the system or payment do not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects at its cost within 15 days and the tests shall be repeated.
H:6. Delay
P:6.1 If the Supplier fails to meet a date in clause 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price. The Buyer may deduct the liquidated damages from any payment.
P:6.2 If the delay exceeds 45 days, the Buyer may terminate the contract under clause 13.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including parts, labour and transport, and shall provide software updates and corrections.
P:7.2 The Supplier shall respond to faults as follows: Severity 1 (monitoring of a main drive or more than 20 points lost, or false alarms stopping production) within two hours by telephone and remote connection, and on site within 24 hours if needed; Severity 2 (a single point or gateway down) within one working day; Severity 3 (other questions) within three working days.
P:7.3 For each hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:7.4 After the warranty period the Buyer may order annual support, including spare sensors on exchange, software updates and two diagnostic reviews per year, at 9% of the equipment and licence subtotal, that is CNY 165,780 per year, fixed for two years. Support is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep spare parts for the Equipment available for at least eight years after Final Acceptance.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Licensed Software at the Buyer's Tangshan plant for the number of points purchased. The Licensed Software remains the Supplier's property.
P:8.2 The Custom Work and all rights in it belong to the Buyer. The Supplier shall hand over the source code and documentation of the Custom Work at Final Acceptance, and the Buyer may use, modify and license it freely.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this contract and shall not copy it, keep it or use it for any other purpose, including product development.
P:9.2 The system shall be installed on the Buyer's plant network behind the Buyer's industrial firewall. The Supplier may connect remotely only through the Buyer's bastion host, with the Buyer's approval for each session, and all sessions shall be recorded.
P:9.3 The Supplier shall apply the measures required by the PRC Cybersecurity Law and Data Security Law and by MLPS level 2, shall report any security incident affecting the system or Buyer Data to the Buyer within two hours, and shall compensate all losses caused by an incident attributable to it.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information concerning the Buyer's production, processes, plant layout and business received under this contract, and shall not disclose it to any third party without the Buyer's prior written consent.
P:10.2 This obligation continues for five years after the end of this contract.
H:11. Liability
P:11.1 The Supplier's total liability under this contract is limited to 200% of the contract price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the supply or services without the Buyer's prior written consent, and shall remain fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or in the case described in clause 6.2.
P:13.2 On termination, the Supplier shall refund amounts paid for undelivered or unaccepted parts of the supply and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in Chinese.
H:15. General
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Cases) form part of this contract.
P:15.2 This contract is signed in four originals, two in English and two in Chinese, and takes effect on signature by both parties.
P:15.3 Notices shall be in writing and sent to the addresses above. Any amendment to this contract must be made in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. GYC-MSA-2027-03

**Between** Jiangxi Ganyuan Copper Industry Co., Ltd., with its registered office in Nanchang, Jiangxi Province, People's Republic of China (the "Customer"),

**and** Dalarna Infra Operations AB, Holmgatan 8, Falun, Sweden, acting through its wholly owned subsidiary Dalarna Infra Operations (Shanghai) Co., Ltd. for the delivery of services in China (the "Provider").

## Background

The Customer runs its head office in Nanchang, a smelter in Guixi and two mine sites in Dexing and Yongping. It wishes to outsource the day-to-day operation of its network, servers and end-user support to the Provider for a period of thirty-six months. The Provider has operated similar services for mining companies in Sweden and China.

## Section 1 Definitions

1.1 "Services" means the managed services described in Schedule 1, delivered to the service levels in Schedule 2.

1.2 "Customer Data" means all data, configurations, logs, credentials and records of the Customer or its users that the Provider accesses, stores or processes in performing the Services.

1.3 "Service Commencement Date" means the date on which the Provider takes over full operational responsibility for the Services after Transition Acceptance.

1.4 "Term" means thirty-six months from the Service Commencement Date.

1.5 "Total Contract Value" means the total of the charges in Schedule 3.

## Section 2 Transition

2.1 The Provider shall carry out the transition described in Schedule 1, including discovery of all in-scope devices, documentation of configurations, handover from the Customer's current staff and suppliers, set-up of monitoring and ticketing tools and shadow operation.

2.2 The Provider shall complete the transition and be ready for Transition Acceptance within 90 days after signature of this Agreement.

2.3 Transition Acceptance requires that: (a) the configuration management database covers all in-scope devices listed in Schedule 1 with verified data; (b) monitoring covers every in-scope device and sends alerts to the Provider's operations centre; (c) runbooks for all critical systems have been delivered and approved by the Customer; (d) a shadow operation of 21 days has been completed without a missed Priority 1 response; and (e) the Customer's IT manager has signed the Transition Acceptance certificate. The Customer shall sign within five working days after the criteria are met.

2.4 If the Provider is not ready for Transition Acceptance by the date in 2.2 for reasons attributable to it, the Provider shall pay the Customer delay damages of CNY 500 for each day of delay until Transition Acceptance.

## Section 3 Service Delivery

3.1 From the Service Commencement Date the Provider shall deliver the Services for the Term in accordance with Schedules 1 and 2.

3.2 The Provider shall staff a service desk in Chinese and English, keep two resident engineers at the head office and one at each mine site during day shifts, and operate remote monitoring around the clock from its operations centre in Shanghai.

3.3 The Provider shall hold a monthly service review with the Customer and deliver a monthly report on service levels, incidents, changes, capacity and improvement actions.

3.4 Changes to production systems follow the Customer's change-management procedure. Emergency changes may be made to restore service and shall be reported to the Customer within one working day.

3.5 The Provider shall propose at least two service improvement initiatives per contract year, such as automation of routine tasks or consolidation of devices, with the expected benefit and cost. The Customer decides whether to implement them.

3.6 Before each mine site's annual production shutdown, the Provider shall agree a maintenance plan with the site manager and carry out firmware upgrades and hardware replacements during the shutdown window.

## Section 4 Charges and Payment

4.1 The charges are set out in Schedule 3. They are fixed for the Term and include VAT, travel to the sites, tools and the Provider's monitoring and ticketing software.

4.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days after receipt of a valid VAT invoice. No amount is payable in advance.

4.3 Service credits under Schedule 2 are deducted from the next monthly invoice.

## Section 5 Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider may access and process Customer Data only as needed to perform the Services and shall not copy, transfer, keep or use it for any other purpose.

5.2 The Provider shall operate the Services in accordance with MLPS level 3 requirements and ISO 27001. Privileged access shall be individual, protected by multi-factor authentication, granted on a least-privilege basis and recorded through the Customer's bastion host. Customer Data shall not leave mainland China.

5.3 The Provider shall report any actual or suspected security incident affecting the Customer's systems or Customer Data to the Customer's IT manager within one hour, contain it, and cooperate with any investigation. The Provider is liable for all losses caused by a security incident attributable to it, including regulatory fines.

5.4 At the end of the Term, the Provider shall return all Customer Data, credentials and documentation, delete any copies held by it and confirm the deletion in writing.

## Section 6 Intellectual Property

6.1 Runbooks, scripts, configuration baselines, reports and other documents prepared by the Provider for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

6.2 The Provider's pre-existing tools remain its property; the Customer receives a free licence to use any such tool embedded in the deliverables.

## Section 7 Personnel and Subcontracting

7.1 The Provider shall name a service delivery manager and shall not replace key personnel without the Customer's consent, which shall not be unreasonably withheld.

7.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor.

## Section 8 Liability

8.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

8.2 The limitation does not apply to personal injury, wilful misconduct or breach of Section 5.

## Section 9 Term and Termination

9.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing.

9.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the availability target in Schedule 2 in three consecutive months.

9.3 On expiry or termination, the Provider shall provide exit assistance for up to 60 days, at the monthly charge pro rata, so that the Services can be transferred to the Customer or a successor provider without interruption.

## Section 10 Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang. The award is final.

## Section 11 General

11.1 The Schedules form part of this Agreement. If a Schedule conflicts with the Sections, the Sections prevail.

11.2 This Agreement is signed in two originals in English, one for each party.

11.3 Notices under this Agreement shall be in writing and delivered by hand, courier or e-mail with confirmation of receipt to the addresses stated above or notified later.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 — Service Scope

| Service | Scope | Sites |
|---|---|---|
| Network operations | 146 switches, 38 routers and firewalls, 212 wireless access points, two internet links per site | all four sites |
| Server and storage operations | 118 virtual and 22 physical servers, two storage arrays, backup platform | Nanchang data centre, Guixi |
| End-user support | service desk, desk-side support, 2,300 users, 1,900 devices | all four sites |
| Monitoring and patching | monitoring, monthly patching, quarterly vulnerability scans | all four sites |
| Transition (one-off) | discovery, documentation, handover, tool set-up, shadow operation | all four sites |

## Schedule 2 — Service Levels

| Measure | Target | Service credit |
|---|---|---|
| Availability of core network and data centre services (monthly) | 99.95% | 3% of the monthly service charge for each 0.1 percentage point or part below target |
| Priority 1 response (site or core service down) | 15 minutes | CNY 1,500 per late incident |
| Priority 1 restoration | 2 hours | CNY 1,000 per hour late |
| Priority 2 response | 1 hour | CNY 300 per late incident |
| Service desk calls answered within 30 seconds | 85% of calls | 2% of the monthly service charge |

Total service credits in a month shall not exceed 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge (one-off) | fixed | 124,000 |
| Monthly service charge | 58,000 per month for 36 months | 2,088,000 |
| Total Contract Value | | 2,212,000 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
PULP AND PAPER MARKET DATA AND API SERVICE

Agreement No. KMD-CN-2027-0231

PARTIES

Klaralven Market Data AB, Drottninggatan 27, Karlstad, Sweden ("Provider"); and

Rizhao Qinghe Paper Co., Ltd., Rizhao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Customer produces coated board and tissue and buys bleached softwood and hardwood pulp and recovered fibre in international markets. Provider publishes weekly price assessments, trade-flow statistics and a mill capacity database for the pulp and paper industry. Customer wishes to receive this data through Provider's web portal and an application programming interface (API) so that it can be fed into Customer's procurement planning system.

1. DEFINITIONS

1.1 "Licensed Data" means Provider's price assessments, indices, trade-flow statistics, mill capacity records, forecasts and commentary made available under this Agreement, including historical series from 2010 onwards.

1.2 "Customer Data" means all data that Customer or its users upload to or enter in the portal, including user account details, watchlists, saved queries and Customer's own purchase volumes and prices entered for internal comparison.

1.3 "Subscription Year" means the period from the Subscription Start Date to 30 June 2028, and each following period from 1 July to 30 June.

1.4 "Subscription Start Date" means 1 July 2027.

1.5 "Connector" means the integration software that Provider develops under clause 4 to load Licensed Data into Customer's procurement planning system.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable licence during the Subscription Term to access and use the Licensed Data for Customer's internal business purposes, by up to 25 named users and through one API key for Customer's procurement planning system.

2.2 Customer may include Licensed Data in internal reports and presentations, but shall not resell it, publish it or provide it to third parties other than its professional advisers, except for insignificant extracts that are not a substitute for the Licensed Data.

2.3 The initial Subscription Term consists of two Subscription Years, starting on the Subscription Start Date.

2.4 User names and passwords are personal to the named users and may not be shared. Customer may reassign a named user licence to another employee when the original user leaves or changes role, and shall inform Provider of each reassignment.

3. FEES AND PAYMENT

3.1 The fees for the initial Subscription Term are:

(a) subscription fee for Subscription Year 1: CNY 286,000;
(b) subscription fee for Subscription Year 2: CNY 286,000;
(c) one-time Connector development and set-up fee: CNY 24,000.

The total fees for the initial Subscription Term are CNY 596,000, inclusive of VAT.

3.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of invoice. The Connector fee is invoiced after Integration Acceptance under clause 4.3 and is payable within 30 days after receipt of invoice.

3.3 Additional named users may be added at CNY 9,800 per user per Subscription Year, pro rata.

3.4 Payments shall be made in CNY by bank transfer. Each party bears its own bank charges and taxes imposed on it by law.

4. CONNECTOR AND INTEGRATION ACCEPTANCE

4.1 Provider shall develop the Connector, install it in Customer's environment and complete integration with Customer's procurement planning system within 45 days after the Subscription Start Date.

4.2 If Provider fails to make the Connector ready for Integration Acceptance by that date for reasons attributable to it, Provider shall pay Customer CNY 400 for each day of delay.

4.3 Integration Acceptance requires that: (a) all subscribed price series and statistics load into Customer's system on each publication day without manual steps; (b) the loaded values match the values shown in the portal for a sample of 200 data points chosen by Customer; (c) historical series back to 2010 have been loaded completely; (d) the Connector logs each load and reports failures by e-mail; and (e) Provider has delivered the Connector's installation guide and source code. Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met.

5. SERVICE AND SUPPORT

5.1 Provider will use commercially reasonable efforts to make the portal and the API available to Customer and to publish the Licensed Data in accordance with its published release calendar. Provider does not commit to any particular availability level or publication time.

5.2 Provider may suspend the portal or the API for maintenance, upgrades or security reasons, and will try to give advance notice of planned maintenance on the portal.

5.3 Support requests may be submitted by e-mail or through the portal and are handled by Provider's support team during its normal business hours (Central European Time) in the order in which they are received. Provider will use reasonable efforts to resolve problems but gives no guaranteed response or resolution times.

5.4 Provider shall maintain the Connector during the Subscription Term, including adjustments needed when Provider changes the API, at no additional charge.

5.5 Provider publishes its price assessment methodology on the portal and will inform Customer by e-mail at least 30 days before any material change to the methodology of a series to which Customer subscribes. Corrections to published data are flagged in the portal and delivered through the API in the next regular load.

6. RENEWAL AND PRICE CHANGES

6.1 After the initial Subscription Term, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current Subscription Year.

6.2 Provider may increase the subscription fee for any renewal Subscription Year by up to 9% by notifying Customer at least 75 days before the renewal date. The increased fee applies unless Customer gives notice of non-renewal.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the services to Customer and shall not include it in any index, assessment, benchmark or other product, or use it for any other purpose.

7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access limited to staff who need it, multi-factor authentication for administrative access and regular security testing.

7.3 Provider shall notify Customer without undue delay, and in any case within 48 hours, after becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, shall take all reasonable steps to contain it, and shall be responsible for losses caused to Customer by such an incident where it results from Provider's breach of this clause.

7.4 On expiry or termination, Provider shall delete Customer Data within 30 days, after allowing Customer to export it.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the Licensed Data, the portal and the API.

8.2 The Connector, including its source code and documentation, is developed specifically for Customer and belongs to Customer, which may use, modify and license it freely, including through third parties.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the terms of this Agreement, and shall not disclose it to third parties without the other party's prior written consent, except as required by law.

9.2 This clause survives for three years after the end of this Agreement.

10. LIABILITY

10.1 Provider does not warrant that the Licensed Data is complete or free from error, but shall compile it with reasonable skill and care and correct errors promptly after they are reported.

10.2 Neither party is liable for indirect or consequential loss, including trading losses.

10.3 Each party's total liability under this Agreement is limited to 150% of the total fees payable for the initial Subscription Term. This limit does not apply to breach of clause 7, wilful misconduct or fraud.

11. SUBCONTRACTING AND ASSIGNMENT

11.1 Provider shall not subcontract the development or maintenance of the Connector, or the hosting or processing of Customer Data, without Customer's prior written consent.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If Customer terminates under clause 12.1, Provider shall refund the part of the subscription fee relating to the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.

14. GENERAL

14.1 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

14.2 Notices shall be sent to the addresses above by courier or by e-mail with confirmation of receipt.

14.3 This Agreement is executed in English. Provider may provide a Chinese translation for convenience; the English text prevails.

SIGNED for Provider: ____________________ Date: __________

SIGNED for Customer: ____________________ Date: __________
"""

# ---------------------------------------------------------------- labels (design)
GOODS, SERVICE = "goods_or_licence", "service"
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# key: (file, lang, category, terms (in TERM_KEYS order), extra, fee_base, forum_outside_mainland, design rules, source, kind)
D = {
 "z01": ("h671z01_national_park_eco_monitoring_platform.pdf", "zh", "software",
         [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False, "PRC", GOODS],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2680000), 1280000, False, [], Z01, "pdf"),
 "z02": ("h671z02_syringe_plant_line_control_retrofit.docx", "zh", "hardware",
         [None, 1, True, "buyer", True, True, True, None, None, 10, True, True, 24, 10, False, True, True, "PRC", GOODS],
         dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1646000), 1436000, False, ["CR-LD-MISSING", "CR-SUBCONTRACT"], Z02, "docx"),
 "z03": ("h671z03_moxibustion_chain_booking_membership_saas.txt", "zh", "cloud",
         [99.6, 0.25, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, False, True, False,
          "PRC", SERVICE],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=630000), None, False,
         ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], Z03, "txt"),
 "z04": ("h671z04_grassland_fire_monitoring_om_service.txt", "zh", "services",
         [None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False, False,
          "PRC", SERVICE],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1236000), None, False,
         ["CR-SLA-NO-REMEDY", "CR-TERMINATION"], Z04, "txt"),
 "z05": ("h671z05_bp_monitor_calibration_tracking_supplier_template.md", "zh", "software",
         [None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, 25, False, True, None, None,
          GOODS],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
              contract_value=1380000), 1020000, False,
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
          "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], Z05, "md"),
 "e01": ("h671e01_eam_perpetual_licence_sundsvall_vendor.pdf", "en", "software",
         [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Sweden",
          GOODS],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2146000), 1380000, True, ["CR-GOVERNING-LAW"], E01, "pdf"),
 "e02": ("h671e02_resort_saas_order_form_ostersund_vendor.md", "en", "cloud",
         [99.95, 0.5, True, "buyer", False, True, True, 600 / 742000 * 100, 9 / 24 * 100, None, True, None, None, None,
          False, True, False, "PRC", SERVICE],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=742000), None, False,
         ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], E02, "md"),
 "e03": ("h671e03_rolling_mill_sensors_monitoring_licence.docx", "en", "hardware",
         [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True, False, "PRC", GOODS],
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2070000), 1842000, False, [], E03, "docx"),
 "e04": ("h671e04_managed_it_services_36_months_falun_vendor.md", "en", "services",
         [99.95, 0.25, True, "buyer", True, True, False, 500 / 2212000 * 100, 150, None, True, None, None, None, False,
          True, False, "PRC", SERVICE],
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2212000), None, False,
         ["CR-CONFIDENTIALITY", "CR-LD-LOW"], E04, "md"),
 "e05": ("h671e05_pulp_market_data_api_subscription_karlstad_vendor.txt", "en", "cloud",
         [None, None, False, "buyer", True, True, True, 400 / 596000 * 100, 150, None, True, None, None, None, True,
          True, False, "PRC", SERVICE],
         dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=596000), None, False,
         ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], E05, "txt"),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(t, x, fee_base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * fee_base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, fee_base, forum_outside):
    """My reading of policy §3 applied to a label."""
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == GOODS:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, fee_base)
        if share is not None and share > TCO_SHARE_TH:
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
    if HIGH & set(rules):
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
def _pct(n):
    return r"(?<![\d.,])%s(?:\.0+)?\s*(?:%%|％|per\s*cent|percent)" % n


TH_PATTERNS = [
    r"(?<![\d.,])99\.90*(?!\d)",
    r"(?<![\d.,])4\s*(?:个\s*)?小时", r"(?<![一二三四五六七八九十百千两零])四\s*个?\s*小时",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?)", r"(?<![\d.,])4\s*h(?![a-z])", r"four[\s-]*hours?",
    r"(?<![\d.,])0\.050*(?!\d)", r"万分之五(?![十百千])", r"千分之零点五", r"(?<![\d.,])0\.5\s*‰",
    _pct(100), r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    _pct(30), r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per\s*cent",
    _pct(40), r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per\s*cent",
    _pct(15), r"百分之十五(?!点)", r"fifteen\s*per\s*cent",
    r"(?<![\d.,])12\s*个\s*月", r"十二\s*个\s*月", r"(?<![\d.,])12\s*-?\s*months?", r"twelve[\s-]*months?",
]
TH_RE = [re.compile(p, re.I) for p in TH_PATTERNS]
MUST_HIT = ["可用率99.9%", "99.90%", "4小时内响应", "四小时", "within 4 hours", "a 4-hour response", "4 h", "four hours",
            "0.05%", "0.050 %", "万分之五", "千分之零点五", "100%", "100 %", "百分之百", "one hundred per cent",
            "30%", "30 per cent", "百分之三十", "thirty per cent", "40%", "百分之四十", "15%", "15 percent", "百分之十五",
            "12个月", "十二个月", "12 months", "12-month", "twelve months"]
MUST_MISS = ["99.95%", "99.99", "24小时", "二十四小时", "24 hours", "14 hours", "0.055%", "0.5%", "万分之五十", "1,100%",
             "130%", "35%", "百分之三十五", "15.5%", "115%", "112 months", "2027年12月15日", "4 hosts", "Article 4 Hosting",
             "百分之四十五", "0.1 percentage point"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in TH_RE:
            hits += [m.group(0) for m in rx.finditer(form)]
    return hits


def selftest():
    for s in MUST_HIT:
        assert scan(s), "regex misses %r" % s
    for s in MUST_MISS:
        assert not scan(s), "regex wrongly hits %r: %r" % (s, scan(s))


# ---------------------------------------------------------------- build and read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def label(key):
    name, lang, cat, vals, extra, fee_base, forum, design, _src, _kind = D[key]
    terms = dict(zip(TERM_KEYS, vals))
    rules = derive(terms, extra, fee_base, forum)
    assert rules == sorted(design), (key, rules, design)
    lab = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": dict(extra),
           "expected_rules": rules}
    return lab, rules


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    # sums
    assert 1280000 + 1060000 + 210000 + 130000 == 2680000 and 536000 + 1206000 + 938000 == 2680000
    assert 402000 + 318000 + 276000 + 94000 + 346000 == 1436000 and 1436000 + 184000 + 26000 == 1646000
    assert 164600 + 905300 + 576100 == 1646000
    assert 6800 * 40 * 2 + 86000 == 630000 and 309000 * 4 == 1236000
    assert 1020000 + 280000 + 80000 == 1380000 and 897000 + 483000 == 1380000 and 1020000 * 25 // 100 == 255000
    assert 1380000 + 512000 + 254000 == 2146000 and 429200 + 965700 + 751100 == 2146000
    assert 348000 * 2 + 46000 == 742000
    assert 888000 + 348000 + 186000 + 420000 == 1842000 and 1842000 + 196000 + 32000 == 2070000
    assert 207000 + 1138500 + 724500 == 2070000 and round(1842000 * 0.09) == 165780
    assert 58000 * 36 + 124000 == 2212000 and 286000 * 2 + 24000 == 596000
    targets = {k: (v[0], v[9]) for k, v in D.items() if v[9] in ("docx", "pdf")}
    write({k: D[k][8] for k in targets}, targets, OUT, wrap_words=True)
    for k, v in D.items():
        if v[9] in ("txt", "md"):
            (OUT / v[0]).write_text(v[8], encoding="utf-8")
            print("wrote", v[0])
    covered, report = set(), []
    for k in D:
        lab, rules = label(k)
        covered |= set(rules)
        t, x = lab["expected_terms"], lab["expected_extra"]
        for f, th in TH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f)
        share = tco_share(t, x, D[k][5]) if t["contract_kind"] == GOODS else None
        assert share is None or abs(share - TCO_SHARE_TH) > 2, (k, share)
        name = D[k][0]
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = read_back(OUT / name)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        hits = scan(text)
        assert not hits, (k, hits)
        report.append((k, n, rules, risk(rules), None if share is None else round(share, 1)))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    counts = {k: len(r[2]) for k, r in zip(D, report)}
    assert [k for k in D if counts[k] == 0] == ["z01", "e03"]
    assert report[[*D].index("e01")][2] == ["CR-GOVERNING-LAW"]
    assert 8 <= counts["z05"] <= 10
    assert all(2 <= counts[k] <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    for k, n, rules, rk, share in report:
        print(k, n, rk, share, ", ".join(r[3:] for r in rules) or "(none)")


if __name__ == "__main__":
    main()
