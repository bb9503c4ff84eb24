"""holdout1141: ten blind held-out draft contracts (ordinary drafts, no tricks).

Builds every contract file from the sources below (.txt/.md written as is; .docx/.pdf through ../word_pdf.py), writes
the .json labels, derives each draft's rules from its labels (policy §3), compares them with the design list, checks
coverage of all 20 CR rules, the text lengths as read back, and that no label value or text sits on a threshold.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:殡葬管理服务平台建设项目合同
P:合同编号：MZJ-ZFCG-2027-018
P:采购项目：市殡葬管理服务平台（软件许可及定制开发）
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：某市民政局
P:乙方（供应商）：南屿数智信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供殡葬管理服务平台软件许可，含遗体接运、火化预约、公墓管理、惠民殡葬补贴审核、殡葬服务机构监管五个模块，并根据甲方需求完成定制开发、历史数据迁移以及与省民政一体化平台、公安人口信息库、医疗机构死亡医学证明系统的接口对接。
P:1.2 平台部署在甲方指定的政务云环境，许可范围为全市各殡仪馆、公墓及民政部门用户，不限用户数，永久使用。
P:1.3 项目实施地点为甲方所在地及各殡葬服务机构现场。乙方应在合同签订之日起一百五十日内完成上线，并在试运行期满后申请最终验收。
P:1.4 乙方应组建不少于八人的项目团队，项目经理须具有信息系统项目管理师资格并常驻甲方现场，未经甲方书面同意不得更换。乙方每周向甲方提交项目周报，说明进度、问题及下周计划。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾贰万陆仟元整（¥2,226,000），其中：平台软件许可费¥1,180,000；定制开发费¥736,000；数据迁移及接口费¥214,000；实施及培训费¥96,000。
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方组件及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%作为预付款。
P:3.2 平台上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款按照财政资金支付流程办理，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与验收
P:4.1 乙方应按经甲方确认的需求规格说明书完成开发，并提交源代码、部署手册、接口说明、数据迁移报告、测试报告和用户手册。
P:4.2 初步验收标准：全部功能通过甲方组织的功能测试；历史火化记录、公墓档案等数据迁移后经逐表核对无差异；与省民政一体化平台等外部接口连续五个工作日数据交换无错误；三百个并发用户下常用业务页面响应时间不超过两秒。
P:4.3 初步验收合格后进入九十日试运行期。试运行期内未发生一级故障且二级故障累计不超过三次的，甲方组织最终验收。最终验收还应取得第三方机构出具的网络安全等级保护测评报告和商用密码应用安全性评估报告。
P:4.4 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第五条 质量保证与维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、因殡葬政策调整引起的小范围功能调整及现场技术支持。
P:5.2 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），该标准自质保期满起三年内不上调。维护服务另行签订合同，不自动续期。
P:5.3 质保期内乙方每季度对平台进行一次巡检并提交巡检报告，在清明、冬至等祭扫高峰期前完成系统压力测试，高峰期间安排工程师驻场保障。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%。计划内维护不计入不可用时间，但应提前三个工作日通知甲方并安排在夜间进行。
P:6.2 故障分级及响应：一级故障（平台整体不可用，或火化预约、遗体接运业务中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单一模块不可用）1小时内响应，24小时内解决；三级故障（一般性问题）在下一个工作日内解决。
P:6.3 乙方未按时响应或恢复一级故障的，每超时一小时向甲方支付¥1,000；月度可用率每低于承诺值0.01个百分点，乙方向甲方支付¥2,000。上述款项可从甲方应付款项中直接扣除。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的功能模块、接口程序、数据迁移脚本及相关源代码和文档，其知识产权归甲方所有，甲方可自行或委托第三方修改、复制和使用。
P:7.3 乙方保证其交付成果不侵犯任何第三方的合法权益，因侵权引起的纠纷由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台中的逝者信息、家属信息、业务办理记录等全部数据属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实访问控制、加密存储、操作审计等措施；运维操作须经甲方审批并通过堡垒机进行；不得将任何数据复制或带离甲方环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内书面报告甲方并立即采取补救措施；因乙方原因造成的，由乙方承担全部赔偿责任，包括甲方因此被追究行政责任所造成的损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并对其行为负责。
H:第十条 分包
P:10.1 乙方可将历史纸质档案的数据录入工作分包给具备相应能力的单位，但应在分包前五个工作日书面告知甲方分包单位名称及人员名单。
P:10.2 乙方对分包部分向甲方承担全部责任，分包单位人员同样遵守本合同第八条、第九条的约定。
H:第十一条 违约责任
P:11.1 乙方逾期完成上线或逾期申请最终验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付成果不符合合同约定，经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方逾期付款的（财政审批原因除外），每逾期一日按应付未付金额的万分之二支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
P:12.3 合同解除后，乙方应在十日内向甲方移交全部数据、源代码及技术文档，并配合甲方完成系统交接。
H:第十三条 争议解决
P:13.1 本合同的订立、效力、解释、履行及争议解决均适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及合同附件均为本合同的组成部分。
P:14.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并按规定在政府采购指定媒体公告。
P:14.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力，但不得违背招标文件的实质性内容。
P:甲方（盖章）：某市民政局　　　　乙方（盖章）：南屿数智信息技术有限公司
P:签订日期：2027年　月　日
"""

Z02 = """T:电动捆扎机生产线控制系统改造合同
P:合同编号：KZ-GZ-2027-07
P:甲方：浙北恒固电动捆扎机制造有限公司
P:乙方：湖州拓衡自动化工程有限公司
P:甲方为提升电动捆扎机总装线和机芯装配线的自动化水平，委托乙方实施生产线控制系统改造。双方经友好协商，就设备供货、软件许可、安装调试及维保服务事项订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号厂房内的电动捆扎机总装线一条（共十四个工位）及机芯装配线一条（共九个工位）。
P:1.2 乙方负责：将原有继电器控制柜更换为PLC控制柜并配套伺服驱动；在拧紧、打带测试、整机老化等工位加装工业触摸屏、扫码枪及传感器；部署工位数据采集软件并与甲方现有ERP系统对接；编写PLC程序和人机界面程序；完成安装、调试、试生产及操作人员培训。
P:1.3 改造须利用甲方每周日停产窗口及十月初的集中检修期实施，不得影响甲方正常生产计划。
P:1.4 改造期间乙方应制定详细的停机切换方案，经甲方确认后实施；每次停产窗口结束前，乙方应确保产线恢复到可生产状态，并由甲方设备部签字确认。
H:第二条 供货清单与合同价款
P:2.1 合同总价为人民币壹佰零叁万元整（¥1,030,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及伺服驱动系统|23套|486,000
TB:2|工业触摸屏、扫码枪及传感器|1批|158,000
TB:3|工位数据采集软件许可（永久）|23个工位|236,000
TB:|软硬件小计||880,000
TB:4|安装调试|1项|84,000
TB:5|PLC及人机界面程序定制开发|1项|52,000
TB:6|操作及维修人员培训|1项|14,000
TB:|合计||1,030,000
P:2.2 上述价格含税、运输、保险、安装辅材及乙方人员费用。
H:第三条 付款
P:3.1 合同生效后十日内，甲方支付合同总价的20%，即¥206,000。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的45%，即¥463,500。到货签收仅为数量确认，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥360,500。
H:第四条 交货、安装与工期
P:4.1 乙方应在合同生效后四十五日内将全部设备运抵甲方厂区，九十日内完成安装调试并申请验收。
P:4.2 设备到货时应附装箱单、合格证、说明书及主要元器件的原厂质量证明。
P:4.3 乙方应派驻项目经理一名及电气、软件工程师各不少于两名常驻甲方现场，直至最终验收。项目经理每周向甲方提交进度报告。
P:4.4 设备运抵后由甲方提供临时存放场地，设备在最终验收前的毁损灭失风险由乙方承担。
P:4.5 乙方应分两批对甲方操作工、班组长及设备维修人员进行培训，内容包括触摸屏操作、常见报警处理、PLC程序备份与恢复、传感器更换及标定。培训结束后进行考核，考核合格人员不少于三十名。乙方应提供中文培训教材和操作视频。
H:第五条 验收
P:5.1 验收标准：（1）两条产线在改造后连续七十二小时带料运行，无停线故障；（2）总装线单台节拍不高于改造前的九成；（3）打带测试工位的拉力、扭矩数据自动采集并上传ERP，抽检两百条记录与现场仪表读数一致；（4）急停、安全光幕及门禁联锁全部测试有效；（5）交付全部程序源文件、电气图纸和操作手册。
P:5.2 满足上述标准后，由甲方生产部、设备部和质量部共同签署验收报告。设备安装完成、试生产或甲方使用产线生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内完成整改并重新组织验收。
P:5.4 验收合格后，乙方应向甲方移交全部备品备件清单、易损件更换周期表及设备台账。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费更换损坏的硬件，免费修复软件和程序缺陷。
P:6.2 故障响应：产线停线故障（一级故障）乙方应在1小时内电话响应，8小时内到达现场并恢复生产；其他故障24小时内到场处理。乙方未按时到场或恢复的，每超时一小时向甲方支付¥500。
P:6.3 质保期满后，乙方提供年度维保服务，内容包括季度巡检、备件更换人工、程序调整及驻厂技术支持。年度维保费为¥228,800（按软硬件小计的26%计），在质保期满后的前四个维保年度内固定不变。
P:6.4 维保费按维保年度结算，每个维保年度结束后三十日内支付。维保期内的故障响应标准同本条第6.2款。
P:6.5 维保期内乙方每季度对控制柜、伺服驱动器、传感器及数据采集软件进行一次巡检，清理灰尘、紧固接线、备份PLC程序，并提交巡检报告；甲方年度大修期间，乙方应派员全程配合。
H:第七条 生产数据
P:7.1 产线采集的工艺参数、质量检测记录、产量数据及甲方ERP中的数据均属于甲方，乙方不得用于本合同以外的任何目的，不得向任何第三方提供。
P:7.2 乙方远程访问甲方工控网络须事先获得甲方设备部批准，通过甲方提供的VPN及审计账号进行，每次访问结束后关闭账号。乙方应采取防病毒、口令管理及访问控制措施，不得在工控网络中使用未经查杀的移动存储介质。
P:7.3 因乙方原因导致生产数据泄露、丢失或工控系统遭受病毒感染的，乙方应在发现后2小时内通知甲方，配合恢复，并赔偿甲方因此产生的停产损失及其他损失。
P:7.4 乙方不得在甲方工控网络中安装与本项目无关的软件，调试用笔记本电脑须经甲方安全检查后方可接入。
H:第八条 知识产权
P:8.1 乙方为本项目编写的PLC程序、人机界面程序、ERP对接程序及其源文件、电气图纸归甲方所有，甲方可自行修改、复制并用于其他产线。
P:8.2 数据采集软件的标准产品著作权归原权利人，甲方获得永久使用许可。
P:8.3 乙方保证其提供的软件和程序不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 因乙方施工原因造成甲方停产的，乙方应赔偿甲方实际损失。
P:9.3 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:9.4 乙方支付违约金后，仍应继续履行合同义务。
H:第十条 分包
P:10.1 乙方不得转包本项目。电气布线等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担连带责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 乙方逾期交货或逾期完成安装调试超过三十日的，甲方有权解除合同。
P:11.3 合同解除的，乙方应配合甲方将产线恢复至可生产状态，并移交已完成部分的程序和图纸。
H:第十二条 安全生产
P:12.1 乙方人员进入甲方厂区应遵守甲方安全生产管理制度，动火、登高、带电作业须办理作业许可。
P:12.2 乙方人员在施工中发生的人身伤害由乙方负责，乙方应为现场人员购买意外伤害保险。
P:12.3 乙方应对现场施工区域设置警示标志，施工完毕清理现场，拆除的旧控制柜、线缆按甲方指定地点堆放，由甲方统一处置。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，提交湖州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:签订日期：2027年　月　日
"""

Z03 = """儿童视力训练连锁门店预约及会员管理系统服务合同

合同编号：MT-SaaS-2027-031
甲方：明瞳儿童视力健康管理连锁有限公司
乙方：杭州云约软件服务有限公司

鉴于甲方在多个城市经营27家儿童视力训练门店，需要统一的线上预约、训练排课及会员管理系统，乙方具备提供相应软件即服务（SaaS）及实施服务的能力。双方依据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方27家门店开通"云约"预约及会员管理系统，功能包括微信小程序预约、训练排课、视力档案、会员卡及次卡管理、家长消息提醒和门店经营报表。
2. 每家门店开通5个员工账号，总部开通20个管理账号；账号数量在服务期内可按本合同第二条的价格增加。
3. 系统支持门店导入自有验光设备的检查结果，并支持与甲方企业微信对接。
（二）实施服务
1. 将甲方现有会员资料、剩余课时及视力检查记录迁移至系统；
2. 按甲方品牌规范定制小程序页面及三张总部经营报表；
3. 对各门店店长和前台人员进行培训，并提供操作视频及操作手册。
（三）甲方义务
1. 甲方应指定总部项目负责人一名，并为每家门店指定系统联络人；
2. 甲方应在合同签订后十个工作日内提供会员资料、课时数据及视力检查记录的导出文件，并保证数据来源合法、已取得家长授权；
3. 甲方负责门店网络和终端设备的配置与维护。
（四）服务期限
服务期为两个服务年度，第一个服务年度自系统上线验收通过之日起计算。

二、费用及支付
（一）订阅费为每家门店每个服务年度¥9,600，27家门店每个服务年度合计¥259,200，两个服务年度合计¥518,400。
（二）实施费为一次性费用¥86,000。
（三）合同总价为¥604,400。
（四）实施费在系统上线验收通过后十五个工作日内支付。每个服务年度的订阅费在该服务年度开始后三十日内支付。乙方在收款前应开具增值税专用发票。
（五）服务期内新增门店的，按每店每个服务年度¥9,600按月折算计费；关闭门店的，自次月起停止计费并退还已付未用部分。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成数据迁移和定制开发，并提交上线验收申请。
（二）上线验收标准：
1. 会员资料、剩余课时及视力档案迁移后与原系统逐条核对一致；
2. 小程序预约、取消、改约及消息提醒在全部门店测试通过；
3. 三张总部报表数据与抽查的十家门店手工台账一致；
4. 连续十个营业日试运行，未发生一级故障。
（三）甲方在收到申请后十个工作日内组织验收，验收通过后签署上线验收单。试运行期间甲方使用系统，不视为验收通过。
（四）乙方逾期提交上线验收申请的，每逾期一日向甲方支付违约金¥400。
（五）上线验收前，乙方应提交数据迁移报告、系统操作手册、门店培训签到记录及小程序上线审核材料。

四、服务水平
（一）系统月度可用率不低于99.5%。计划内维护应安排在凌晨零时至六时之间，并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（小程序无法预约、系统无法登录等影响全部门店的故障）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，当日解决；
3. 三级故障（一般咨询或优化建议）：一个工作日内答复。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，当月累计抵扣以当月订阅费为限；一级故障超时恢复的，每超时一小时另行抵扣¥300。
（四）乙方应每月向甲方提交服务报告，内容包括当月可用率、故障清单及处理情况、服务抵扣计算及优化建议。
（五）乙方应提供每日九时至二十一时的在线客服，周末及法定节假日安排值班支持，以满足门店营业需要。

五、数据权属与数据安全
（一）甲方的会员资料、儿童视力检查及训练数据、预约记录等业务数据属于甲方所有。
（二）乙方有权在去除个人身份信息后，将上述数据用于改进产品、训练排课推荐模型以及编制儿童视力训练行业分析报告，该权利在本合同终止后继续有效。
（三）乙方应将数据存储于中国境内的云服务器，落实网络安全等级保护第三级要求，采取加密传输、加密存储、权限分级及操作日志等措施；涉及未成年人个人信息的，应遵守相关法律法规的特别规定。未经甲方同意，乙方不得向第三方提供可识别个人身份的数据。
（四）发生数据泄露的，乙方应在发现后8小时内通知甲方并采取补救措施；因乙方原因造成泄露的，乙方承担由此产生的全部赔偿责任。
（五）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并删除其系统中的甲方可识别数据。
（六）乙方应对其员工进行个人信息保护培训，仅授权必要人员访问甲方数据，并每年委托第三方开展一次安全评估，评估结果提交甲方。

六、知识产权
（一）系统平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、总部报表以及甲方提供的品牌素材，其知识产权归甲方所有，甲方可自由使用、修改或交由第三方使用。
（三）乙方保证系统及服务不侵犯第三方知识产权；因侵权导致甲方被索赔的，由乙方负责处理并承担全部费用。

七、保密
双方对在合作中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。乙方应要求其员工遵守本条约定，员工违反的，视为乙方违反。

八、服务期满与续期
（一）服务期满前三十日双方均未书面提出终止的，本合同自动续期一个服务年度，续期次数不限。
（二）续期年度的订阅费由乙方按其当时的标准价格确定，上浮幅度不超过上一服务年度订阅费的8%，乙方书面通知甲方后即执行。

九、分包
乙方不得将本合同项下服务分包或转包，但事先取得甲方书面同意的除外。乙方对经同意的分包方的行为承担连带责任。

十、违约与解除
（一）乙方违反本合同约定，且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，并要求乙方退还未服务期间的订阅费、赔偿损失。
（二）连续两个月可用率低于承诺值的，甲方有权解除合同。
（三）甲方逾期付款超过三十日的，乙方可暂停服务，但应提前七日书面通知甲方。
（四）合同终止或解除后，乙方应继续提供不少于三十日的只读访问，供甲方核对和导出数据。
（五）乙方未按本合同第五条履行数据保护义务的，甲方有权立即解除合同，并要求乙方赔偿损失。
（六）因不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失；不可抗力持续超过三十日的，任何一方可解除合同。

十一、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十二、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、门店清单、数据迁移方案。附件与正文具有同等效力；附件与正文不一致的，以正文为准。双方联系人及通知地址以合同首页记载为准，一方变更的应提前五日书面通知对方。

甲方（盖章）：              乙方（盖章）：
签订日期：2027年  月  日
"""

Z04 = """机动车尾气遥测系统年度运行维护服务合同

项目编号：HBJ-CS-2027-006
采购方式：竞争性磋商
甲方：某市生态环境局
乙方：清衡环境监测技术服务有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就机动车尾气遥测系统年度运行维护服务订立本合同。

第一条 服务范围
（一）运维对象为甲方已建成的机动车尾气遥测系统，包括固定式遥测点位十八套、移动式遥测车两台、黑烟抓拍点位六套及遥测数据管理平台一套。
（二）乙方负责上述系统的日常巡检、清洁维护、故障维修、备品备件供应、设备标定与质量控制、数据平台运维、数据审核及月度报告编制，并配合甲方完成与省级平台的数据联网。
（三）服务期为一年，自2027年1月1日起至2027年12月31日止。
（四）服务期内甲方新增遥测点位的，乙方应按本合同同等标准提供运维服务，费用按单个固定点位年度运维单价折算，由双方另行签订补充协议。

第二条 服务标准
（一）固定点位每周巡检一次，清洁光路及反射镜面，检查气象参数和车速测量单元；移动遥测车每月保养一次。
（二）每季度使用标准气体对全部遥测设备标定一次；标定结果偏差超出设备技术规范的，应当立即调整并复标。
（三）每日审核遥测数据，剔除异常数据，按甲方要求推送超标车辆清单；每月5日前提交上月运维报告。
（四）每年组织一次第三方比对检测，检测报告报甲方备案。
（五）乙方应配备不少于六名专职运维人员和一辆运维车辆，项目负责人变更须经甲方同意。
（六）乙方应建立运维台账，记录每次巡检、维修、标定及备件更换情况，台账应实时录入遥测数据管理平台，供甲方随时查阅。
（七）重大活动保障及重污染天气应急期间，乙方应按甲方通知增派人员驻点值守，确保设备连续运行，相关费用已包含在合同总价中。
（八）乙方应每季度对各点位的超标车辆识别情况进行分析，提交分析报告，并对点位选址优化提出建议。
（九）乙方在道路现场作业时应设置安全警示设施，遵守道路交通安全管理规定，作业人员须穿戴反光背心；作业期间发生的人身、车辆安全事故由乙方负责。

第三条 故障响应
（一）一级故障（点位停止监测、数据中断或平台不可用）：30分钟内响应，2小时内到达现场，6小时内修复；无法按时修复的，应启用备用设备。
（二）二级故障（单项参数异常、抓拍图像模糊等）：2小时内响应，24小时内修复。
（三）三级故障：3个工作日内处理完毕。
（四）乙方超时响应或超时修复的，每超时一小时扣减服务费¥800；同一点位当月累计停机超过七十二小时的，另扣减服务费¥3,000。
（五）乙方应在甲方所在地设立备件库，常用易损件（光源、反射镜、车牌识别相机、气象传感器等）的库存应满足两个点位同时更换的需要。

第四条 合同价款
（一）合同总价为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），其中：设备巡检及维修¥624,000；标定及质量控制¥318,000；备品备件¥226,000；数据平台运维¥168,000；第三方比对检测¥50,000。
（二）合同总价为固定总价，包含人工、备件、标准气体、车辆、差旅及税费，甲方不再支付其他费用。

第五条 付款方式
（一）本合同不设预付款。
（二）服务费按季度支付。每季度结束后，经甲方季度考核合格，甲方在收到乙方发票后十五个工作日内支付该季度服务费（合同总价的四分之一），并扣除当季发生的考核扣款。
（三）甲方付款前，乙方应提交季度运维报告和考核结果确认单。

第六条 考核与验收
（一）甲方每季度按照运维考核细则对乙方进行考核，考核内容包括巡检记录、标定记录、故障处理时效、数据审核质量及报告提交情况。
（二）服务期满后，甲方组织年度验收。验收标准为：全年标定记录齐全且标定合格；第三方比对检测结果符合技术规范；全部运维报告按时提交；设备清单与实物一致，备件库存满足约定数量。
（三）季度考核不合格的，乙方应在十日内整改；整改后仍不合格的，甲方有权扣减该季度服务费的10%。
（四）年度验收合格后，乙方应向甲方移交全部运维资料，包括巡检记录、标定记录、故障处理记录、备件出入库记录及数据审核规则说明。

第七条 数据安全
（一）遥测数据、车辆号牌信息、抓拍图像及平台运行数据均属于甲方所有，乙方不得用于本合同以外的任何用途。
（二）乙方运维人员应使用甲方分配的实名账号，通过堡垒机访问平台，不得下载、拷贝车辆号牌和图像数据；平台运维应符合网络安全等级保护第二级要求，并做好日志留存。
（三）发生数据泄露、篡改或平台遭受攻击的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
（四）乙方应对运维人员开展数据安全培训，与其签订承诺书；人员离岗时应立即注销其平台账号。

第八条 保密
乙方对在服务中知悉的监测数据、执法信息及甲方工作信息负有保密义务，未经甲方书面同意不得对外披露或发布。本条约定在服务期满后仍然有效。未经甲方同意，乙方不得以任何形式发布或引用本项目的监测数据和成果。

第九条 成果归属
乙方在服务期内形成的运维报告、标定记录、数据审核规则及配置脚本等成果，归甲方所有，甲方可自由使用和修改。乙方在服务中使用的自有工具软件，其知识产权仍归乙方，但不影响甲方对上述成果的使用。

第十条 分包
乙方不得转包或分包本合同服务。第三方比对检测应委托具有检验检测机构资质的单位实施，委托前须取得甲方书面同意。

第十一条 违约责任
（一）乙方未按约定时间开始服务，或逾期完成季度标定、年度比对检测的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或数据泄露造成的损失不受此限。
（三）甲方逾期付款的，按应付未付金额每日万分之二支付违约金。
（四）乙方未按约定配备人员或车辆的，每缺一人每日扣减服务费¥300。
（五）因乙方运维不当造成设备损坏的，乙方应负责修复或按原价赔偿。
（六）乙方支付违约金或被扣减服务费后，仍应继续履行本合同约定的运维义务。

第十二条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用。合同解除的，乙方应在五个工作日内完成工作交接，移交账号、资料及备件，并配合甲方确定的后续服务单位做好衔接。

第十三条 服务期满
本合同服务期满即行终止，不自动续期。甲方如需继续采购，应依法重新组织采购。

第十四条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
磋商文件、响应文件及成交通知书是本合同的组成部分。本合同未尽事宜，双方可另行签订补充协议，补充协议不得改变磋商文件的实质性条款。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某市生态环境局        乙方（盖章）：清衡环境监测技术服务有限公司
签订日期：2027年  月  日
"""

Z05 = """# 匠链工序追溯管理系统软件许可及定制开发合同

（乙方标准合同文本 V3.0，供客户签约使用）

合同编号：JL-2027-0415

甲方：青禾麦秆画工坊

乙方：成都匠链软件有限公司

甲方拟采购乙方的工序追溯管理系统，用于麦秆画作品从选料到出品的全过程跟踪。双方经协商，依据乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"匠链"工序追溯管理系统标准版软件许可，许可期限为永久，许可范围为甲方工坊内的二十个工位。

1.2 乙方根据甲方麦秆画的选料、浸泡、熨烫、剪贴、拼贴、装裱、质检等工序进行定制开发，内容包括工序追溯、订单看板和扫码报工三项功能。

1.3 乙方负责系统在甲方自有服务器上的安装部署，并为甲方操作人员提供一次集中培训。

1.4 乙方提供的培训为一次集中培训，时长不超过一天，额外培训按乙方标准另行收费。

1.5 合同附件《功能清单》列明的功能以外的需求，均属需求变更，乙方有权另行报价。

1.6 "匠链"系统支持手机端扫码报工，每件作品生成唯一追溯码，可记录每道工序的操作人、用时及用料。

1.7 许可证书载明的许可范围与本合同不一致的，以许可证书为准。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序追溯系统标准版软件许可（20个工位） | 168,000 |
| 2 | 定制开发（工序追溯、订单看板、扫码报工） | 124,000 |
| 3 | 实施部署及培训 | 26,000 |
| | 合计 | 318,000 |

合同总价为人民币叁拾壹万捌仟元整（¥318,000），含增值税。上述价格不含服务器、操作系统、数据库及扫码枪等硬件，由甲方自行采购。如甲方增加许可工位，每个工位按¥8,400计价。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即¥206,700。

3.2 系统上线后五个工作日内，甲方支付剩余35%，即¥111,300。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之二向乙方支付违约金，乙方并有权暂停实施。

3.4 乙方在收到每期款项后十个工作日内开具增值税普通发票。

## 第四条 交付

4.1 乙方在收到首期款后开始实施，计划于九十日内完成上线。

4.2 因甲方需求变更、资料提供不及时或其他非乙方原因导致延期的，交付期限相应顺延。

4.3 乙方交付延期的，双方协商确定新的交付时间，甲方不得因此拒付款项。

4.4 乙方交付内容包括：系统安装包、账号开通清单及用户操作手册电子版。

4.5 系统上线前，甲方应完成工序、物料、员工、客户等基础数据的整理和录入，乙方提供导入模板。

4.6 系统部署所需的服务器操作系统及数据库由甲方按乙方提供的配置要求自行安装。

## 第五条 上线与验收

5.1 系统安装部署完成并开通账号，即视为上线。

5.2 系统上线之日即视为甲方验收合格。甲方在上线后七日内未提出书面异议的，视为对全部交付内容无异议。

5.3 上线后甲方发现的问题，由乙方在维护服务中处理，不影响验收结论及付款。

## 第六条 维护服务

6.1 自系统上线之日起六个月为免费维护期。

6.2 免费维护期内，乙方在工作日通过电话、微信及远程方式提供技术支持，并尽商业上合理的努力尽快解决甲方反映的问题。

6.3 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年度公布的维护服务价目表支付年度维护费，价目表由乙方根据经营情况调整。

6.4 因甲方擅自修改系统配置、使用盗版操作系统或硬件故障引起的问题，不属于维护范围。

6.5 维护服务不包括现场服务。甲方要求现场服务的，按每人每天¥1,800另行收费，差旅费由甲方承担。

6.6 乙方发布的系统升级版本，甲方在免费维护期内可免费升级；免费维护期满后未购买维护服务的，乙方不再提供升级及问题修复。

6.7 乙方提供技术支持的时间为工作日九时至十七时，节假日不提供支持。

## 第七条 知识产权

7.1 系统标准版及为甲方定制开发的全部功能、程序、源代码和文档，其知识产权均归乙方所有。

7.2 甲方在许可范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译定制功能。乙方有权将定制功能纳入其标准产品向其他客户提供。

7.3 甲方应妥善保管许可授权文件，不得超出许可工位数使用系统，超出部分按乙方当年度价格补缴许可费。

## 第八条 数据

8.1 甲方录入系统的订单、作品、工艺参数及客户信息等数据归甲方所有，乙方仅为履行本合同使用。

8.2 系统部署在甲方自有服务器上。乙方远程维护时须经甲方同意，使用专用账号并保留操作记录，不得下载或留存甲方数据。

8.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复，并承担相应的赔偿责任。

8.4 甲方应自行做好数据备份。合同终止后，甲方可自行导出系统中的业务数据，乙方不负责数据迁移。

## 第九条 保密

双方对合作中获悉的对方商业信息及技术资料负有保密义务，未经对方同意不得向第三方披露，保密期限为合同终止后两年。下列信息不属于保密信息：已经公开的信息；接收方在披露前已合法持有的信息；依法律要求必须披露的信息。

## 第十条 责任限制

10.1 乙方对本合同项下全部责任的累计赔偿总额不超过合同总价的20%。

10.2 乙方不承担任何间接损失或预期利润损失。

10.3 乙方对因甲方使用不当、第三方原因或不可抗力造成的损失不承担责任。

## 第十一条 甲方义务

11.1 甲方应提供符合乙方要求的服务器、网络环境及工位终端，并指定专人配合实施。

11.2 甲方应按时提供工序资料和历史订单数据，并对其真实性负责。

11.3 甲方应在乙方实施期间提供办公场所和网络接入，并保证工坊各工位在实施期间可供测试使用。

11.4 甲方配合不到位造成的延误及额外费用由甲方承担。

11.5 甲方应遵守乙方的软件使用规范，不得将系统用于违法用途。

## 第十二条 合同解除

12.1 一方严重违约且在收到对方书面通知后三十日内未纠正的，守约方有权解除合同。

12.2 合同解除后，甲方已支付的款项不予退还，但乙方根本违约的除外。

12.3 甲方单方提前解除合同的，已支付款项不予退还，未支付的款项应在解除后十日内付清。

12.4 乙方因甲方逾期付款暂停实施超过三十日的，乙方有权解除合同。

## 第十三条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方可据此延期履行或部分免除责任。不可抗力包括自然灾害、政府行为、网络运营商故障及第三方软件缺陷等。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。诉讼费、律师费等维权费用由败诉方承担。

## 第十五条 其他

本合同自双方盖章之日起生效，一式两份，双方各执一份。本合同未尽事宜，以乙方官网公布的服务条款为准。乙方有权在其官网及宣传材料中将甲方列为客户案例并使用甲方名称。本合同附件包括《功能清单》《许可证书》，附件与正文不一致的，以正文为准。双方确认已充分阅读并理解本合同各条款，乙方已就责任限制等条款向甲方作出提示说明。

甲方（盖章）：　　　　　　乙方（盖章）：

签订日期：2027年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KAS-CN-2027-014
P:This Agreement is made between Zhoushan Haixin Petrochemical Storage Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhoushan, Zhejiang Province (the "Buyer"), and Kinross Asset Systems Ltd, a company registered in Scotland with its registered office at Station Road, Kinross, KY13 (the "Vendor").
P:The Buyer operates a bulk liquid storage terminal with 86 tanks, two jetties and associated pipelines. The Vendor licenses the TankWise asset-integrity and maintenance management software and provides implementation services. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TankWise Enterprise software in object code, including the inspection, work-order, spare-parts and risk-based inspection modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data-migration scripts, configurations and related documentation developed by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the course of the Buyer's operations, including inspection records, drawings, equipment registers and maintenance histories.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Buyer's Zhoushan terminal and its head office for up to 150 named users and two production servers, together with one test environment.
P:2.2 The Buyer may make a reasonable number of copies for backup and disaster-recovery purposes. The Buyer's affiliates may use the Software for the same site with the Vendor's consent, which shall not be unreasonably withheld.
P:2.3 Title to the Software remains with the Vendor. Nothing in this Agreement transfers ownership of the standard Software to the Buyer.
H:Article 3 Scope of Services
P:3.1 The Vendor shall configure the Software for the Buyer's asset hierarchy; build interfaces to the Buyer's ERP system, its tank gauging system and its document management system; migrate the maintenance history of the last six years; and train key users and administrators.
P:3.2 The Vendor shall deliver the services under a project plan agreed within 20 days of signature. Go-live for the terminal is scheduled no later than 160 days after signature.
P:3.3 The Vendor shall appoint a project manager fluent in Mandarin or supported by a qualified interpreter, and shall not replace key personnel without the Buyer's approval.
P:3.4 The Buyer shall provide the Vendor's team with office space at the terminal, network access and timely decisions, and shall make its key users available for workshops and testing as set out in the project plan. Delays caused by the Buyer extend the Vendor's dates by the length of the delay.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,960,000, comprising: Licence Fee CNY 1,320,000; configuration and interfaces CNY 468,000; data migration CNY 126,000; training CNY 46,000.
P:4.2 The Contract Price is fixed and includes all taxes, travel and expenses. Prices are in Chinese yuan (CNY) and payable by bank transfer against a valid invoice.
P:4.3 Payment shall be made as follows: (a) 10% of the Contract Price within 30 days after signature; (b) 55% within 30 days after the Installation Certificate is signed; (c) 35% within 30 days after Final Acceptance.
P:4.4 The Installation Certificate confirms only that the Software is installed on the Buyer's servers and does not constitute acceptance.
H:Article 5 Testing and Acceptance
P:5.1 The Vendor shall carry out factory and site tests and then support the Buyer's user acceptance tests under an acceptance test plan approved by the Buyer.
P:5.2 The acceptance criteria are: (a) all functions listed in Annex 1 pass the agreed test scripts; (b) migrated maintenance records reconcile with the source systems record by record, with every discrepancy explained and corrected; (c) the ERP and tank gauging interfaces run for ten consecutive working days without a failed transfer; (d) standard screens open within three seconds with 60 concurrent users; and (e) no open Severity 1 or Severity 2 defects after a 45-day operating period.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Go-live, productive use or any payment does not in itself mean Final Acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect at its own cost and repeat the test within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation for 24 months after Final Acceptance. During the warranty period the Vendor provides all corrections, updates and support free of charge.
P:6.2 Service levels during warranty and support: Severity 1 incidents (the Software is unavailable or work orders cannot be raised) shall be responded to within one hour and a workaround or fix shall be provided within eight hours; Severity 2 incidents within two business hours and three business days; Severity 3 within one business day and the next release.
P:6.3 For each hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall give a service credit of CNY 1,500, deducted from the next payment or paid on demand.
P:6.4 After the warranty period, the Buyer may order annual support at 9% of the Licence Fee per year (CNY 118,800). This fee is fixed for the first three support years and thereafter may change only by written agreement. Support does not renew automatically; each year is ordered separately.
P:6.5 The warranty does not cover defects caused by modification of the Software by the Buyer without the Vendor's guidance.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the standard Software.
P:7.2 All rights in the Custom Deliverables pass to the Buyer upon payment of the related fees. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and for no other purpose.
P:8.2 The Software is hosted on the Buyer's own servers in China. Remote access by the Vendor requires the Buyer's approval for each session and takes place through the Buyer's VPN with multi-factor authentication; all sessions are logged. The Vendor shall not copy Buyer Data outside the Buyer's environment and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any unauthorised access to or loss of Buyer Data, cooperate in remediation, and be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to personnel who need to know it and are bound by equivalent duties. This obligation survives for five years after termination.
H:Article 10 Delay and Liability
P:10.1 If go-live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.
P:12.2 On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid for the undelivered services and the Buyer may keep the Software licence on payment of the Licence Fee.
P:12.3 Articles 7, 8, 9 and 10 survive termination.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the law of Scotland.
P:13.2 The parties shall first try to settle any dispute by negotiation between senior managers. Any dispute not settled within 60 days shall be finally determined by the Court of Session in Edinburgh, to whose exclusive jurisdiction both parties submit.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Scope), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in English and Chinese; both versions have equal force.
P:14.3 Notices shall be in writing and delivered by courier or email to the addresses stated above. A notice by email is effective when the recipient confirms receipt.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________    Date: ____________________
"""

E02 = """# Subscription Order Form and General Terms

**Glen Prosen Digital Ltd**, a company registered in Scotland, 14 High Street, Kirriemuir, Angus ("Provider")

**Suzhou Jinhe Food Technology Co., Ltd.**, Suzhou Industrial Park, Jiangsu Province, PRC ("Customer")

Order Form No. GPD-OF-2027-0093

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to this Order Form only. If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1 Service

Provider will make available its AuditTrail supplier-quality platform as a hosted service (the "Service") for Customer's supplier audits, incoming-material inspections, corrective-action tracking and certificate management across Customer's three factories in Suzhou, Kunshan and Nantong. The Service includes the web application, the mobile inspection app, standard reports and the supplier portal for up to 400 supplier accounts.

### A2 Subscription Term and Users

The Subscription Term is 24 months starting on the Service Start Date, which is the date on which Customer signs the Go-Live Acceptance Certificate under A5. The subscription covers 220 named Customer users. Additional users may be added at the per-user price pro rata for the remaining term.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Year 1 | 220 named users, supplier portal, mobile app | 286,000 |
| Subscription, Year 2 | same scope | 286,000 |
| Onboarding (one-time) | configuration, data import, template set-up, training | 48,000 |
| Total Order Value | | 620,000 |

Additional named users: CNY 1,300 per user per year. All amounts include PRC VAT and are payable in CNY.

### A4 Invoicing and Payment

(a) Subscription fees are invoiced quarterly in arrears, in eight equal instalments of CNY 71,500, and are payable within 30 days of a valid invoice.

(b) The Onboarding fee is invoiced after Customer signs the Go-Live Acceptance Certificate and is payable within 30 days of a valid invoice.

(c) No amount is payable before the Service Start Date.

### A5 Onboarding and Go-Live Acceptance

(a) Provider will complete onboarding within 60 days after signature of this Order Form, including configuration of audit checklists for 14 material categories, import of the existing supplier master list and open corrective actions, integration of single sign-on, and two training sessions per factory.

(b) Go-Live Acceptance requires that: (i) all imported supplier records and open corrective actions reconcile with Customer's source list; (ii) the audit, inspection and corrective-action workflows complete end to end in Customer's test scenarios; (iii) the supplier portal is tested with at least ten live suppliers; and (iv) single sign-on works for all three factories.

(c) Customer will sign the Go-Live Acceptance Certificate within ten business days after the criteria are met. Use of the Service for testing or training does not amount to acceptance.

(d) If Go-Live Acceptance is delayed beyond the 60 days for reasons attributable to Provider, Provider will credit Customer CNY 500 for each day of delay.

(e) Provider will supply a named onboarding manager and a weekly progress report until Go-Live Acceptance.

### A6 Service Levels

(a) Availability target: 99.95% per calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 22:00 and 06:00 China Standard Time.

(b) Support response targets:

| Severity | Description | Response target |
|---|---|---|
| Severity 1 | Service unavailable or audits cannot be recorded at any factory | 30 minutes, 24x7 |
| Severity 2 | Major function degraded, workaround available | 2 business hours |
| Severity 3 | Minor issue or question | 1 business day |

(c) The service levels in this A6 are targets. A failure to meet them does not entitle Customer to service credits, fee reductions, refunds or damages. Provider's only obligation in that case is to use reasonable efforts to correct the failure and to report the cause to Customer.

## PART B - GENERAL TERMS

### 1. Access and Use

1.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to access and use the Service during the Subscription Term for Customer's internal business purposes.

1.2 Customer is responsible for its users' compliance with these terms and for keeping log-in credentials secure. Customer may invite its suppliers to the portal; suppliers use the portal under Customer's account.

1.3 Provider may update the Service from time to time, provided that no update materially reduces the functionality described in A1.

1.4 Customer shall not attempt to reverse engineer the Service, use it to store unlawful content, or share user accounts between individuals.

### 2. Customer Data

2.1 "Customer Data" means all data, documents and images submitted to the Service by or for Customer or its suppliers, including audit findings, inspection results and supplier certificates. Customer Data is owned by Customer.

2.2 Provider will use Customer Data only to provide, secure and support the Service for Customer, and for no other purpose. Provider will not sell, aggregate or analyse Customer Data for itself or for third parties.

2.3 Customer Data is hosted in a data centre located in mainland China. Provider maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to named support staff with multi-factor authentication, and keeps access logs for at least six months.

2.4 Provider will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will take reasonable steps to contain it, and is responsible for losses to Customer caused by Provider's failure to comply with this Section 2.

2.5 Within 30 days after the end of the Subscription Term Provider will return Customer Data in a standard export format and then delete it from the Service.

2.6 Provider will cooperate with Customer's reasonable security questionnaires and, once a year, with an audit by Customer or an independent auditor appointed by Customer, at Customer's cost.

### 3. Subcontractors

3.1 Provider may use subcontractors, including its hosting provider and its local implementation partner in Shanghai, to perform any part of the Service, by giving Customer 15 days' prior written notice of each new subcontractor.

3.2 Provider remains responsible for the performance of its subcontractors and ensures that they are bound by obligations equivalent to Sections 2 and 5.

### 4. Intellectual Property

4.1 Provider owns the Service, its software and its standard templates.

4.2 Audit checklists, inspection templates, report layouts and other configurations created for Customer during onboarding or during the Subscription Term ("Customer Configurations") belong to Customer. Customer may use, modify and export them and let third parties use them without restriction.

### 5. Confidentiality

5.1 Each party will keep the other party's confidential information secret, use it only for the purposes of this Order Form and disclose it only to employees and advisers who need it and are bound by similar obligations.

5.2 These obligations continue for three years after the end of the Subscription Term.

### 6. Term and Termination

6.1 This Order Form ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new order form signed by both parties.

6.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

6.3 If Customer terminates under 6.2, Provider will refund any fees paid for the period after termination.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Each party's total liability under this Order Form is limited to 150% of the Total Order Value. This limit does not apply to breach of Section 2 or Section 5, wilful misconduct or infringement claims.

### 8. Warranties

8.1 Provider warrants that the Service will perform materially as described in its documentation and that it will provide the Service with reasonable skill and care.

8.2 Provider will provide Customer with a monthly service report showing availability, incidents, their causes and the corrective actions taken.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.

### 10. General

10.1 Notices must be in writing and sent to the addresses above. Email is sufficient for operational notices.

10.2 Neither party may assign this Order Form without the other's written consent.

10.3 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

10.4 This Order Form may be signed electronically and in counterparts.

### 11. Customer Responsibilities

11.1 Customer will provide the supplier master list, open corrective actions and audit checklists in the agreed templates within 15 days after signature, nominate a project lead at each factory, and make key users available for configuration workshops and testing.

11.2 Delays caused by Customer extend the onboarding period in A5 by the same number of days.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

E03 = """T:Purchase Contract for Vibration Sensors and Condition Monitoring Software
P:Contract No. BHLNG-EQ-2027-052
P:Buyer: Tianjin Binhai LNG Terminal Co., Ltd., Nangang Industrial Zone, Binhai New Area, Tianjin, PRC
P:Supplier: Dunnottar Sensing Ltd, a company registered in Scotland, Harbour Road, Stonehaven, Aberdeenshire
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Supplier shall supply wireless vibration and temperature sensors, gateways and a condition monitoring software licence for the rotating equipment of the Buyer's LNG receiving terminal, and shall install, configure and commission them.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's CoastWatch condition monitoring software, installed on the Buyer's servers, together with all updates provided during the warranty period.
P:1.3 "Custom Work" means the analytics models, alarm thresholds, dashboards, configuration files and interface programs prepared specifically for the Buyer.
P:1.4 The scope covers 180 monitoring points on the terminal's BOG compressors, seawater pumps, LNG send-out pumps and open-rack vaporiser fans, and one interface to the Buyer's distributed control system historian.
P:1.5 The Supplier shall train ten operators and six maintenance engineers in the use of the Software, the interpretation of vibration spectra and the replacement of sensor batteries. Training shall be delivered on site in Chinese or with interpretation, and training materials shall be provided in Chinese.
H:2. Price
P:2.1 The Contract Price is CNY 1,522,000, fixed and inclusive of taxes, duties, delivery to site, insurance and all Supplier costs, itemised as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|Wireless vibration and temperature sensors|180|648,000
TB:2|Industrial gateways (ATEX / Ex-rated)|12|222,000
TB:3|CoastWatch software, perpetual licence|1 site|386,000
TB:|Hardware and Licence Subtotal||1,256,000
TB:4|Installation and commissioning|1 lot|142,000
TB:5|Analytics model configuration|1 lot|96,000
TB:6|Training (operators and engineers)|1 lot|28,000
TB:|Contract Price||1,522,000
P:2.2 Any change to scope or quantities requires a written variation signed by both parties.
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price within 30 days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:3.2 Delivery and installation payment: 45% of the Contract Price within 30 days after the Buyer signs the Installation Certificate. The Installation Certificate records quantities and installation only and is not acceptance of the Equipment or the Software.
P:3.3 Final payment: 45% of the Contract Price within 30 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment DAP the Buyer's terminal (Incoterms 2020) within 75 days after signature, with packing lists, certificates of conformity, explosion-protection certificates and calibration certificates for each sensor.
P:4.2 Installation work inside the terminal's hazardous areas is subject to the Buyer's permit-to-work system. The Supplier's staff shall attend the Buyer's site safety induction before starting work.
P:4.3 Installation and commissioning shall be completed within 120 days after signature.
P:4.4 The Supplier shall provide a method statement and risk assessment for the installation work at least ten days before mobilisation. Sensors shall be mounted on machine bearings using the stud or epoxy mounts specified in Annex 1, and no drilling of pressure-retaining parts is allowed.
P:4.5 Risk in the Equipment passes to the Buyer upon signature of the Installation Certificate; title passes on payment of the related instalment.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reports to the Software at the configured interval; (b) the measured vibration values of ten selected machines agree with readings taken by a calibrated portable analyser within the tolerance stated in Annex 2; (c) the historian interface transfers data for 14 consecutive days without loss; (d) the alarm functions are demonstrated on each machine type; and (e) a 30-day trial operation passes with no Severity 1 incident.
P:5.2 The Buyer shall issue the Final Acceptance Certificate within ten working days after the criteria are met. Delivery, installation, trial operation or use of the system by the Buyer is not Final Acceptance.
P:5.3 If any criterion is not met, the Supplier shall remedy the defect at its cost and the test shall be repeated.
P:5.4 After Final Acceptance the Supplier shall hand over as-built drawings of the sensor locations, a configuration backup and the final documentation in Chinese and English.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including battery replacement for sensors that fail before their rated life, and shall supply all Software updates and corrections.
P:6.2 The monitoring server and the Software shall be available at least 99.95% of each calendar month, excluding maintenance agreed with the Buyer in advance.
P:6.3 Severity 1 incidents (loss of monitoring for a whole machine group or the whole system) shall be responded to within one hour, with an engineer on site within 24 hours if remote repair fails. Severity 2 incidents shall be responded to within eight hours.
P:6.4 For each hour by which a Severity 1 response is late, and for each day by which the on-site time is missed, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
P:6.5 After the warranty period, the Supplier shall offer annual support at 7% of the Hardware and Licence Subtotal (CNY 87,920 per year). This fee is fixed for the first two support years. Support is ordered by separate purchase order and does not renew automatically.
P:6.6 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace failed units within five working days during the warranty period.
P:6.7 The Supplier shall hold a remote health check of the system every quarter during the warranty period and report battery status, signal quality and alarm statistics.
H:7. Intellectual Property
P:7.1 The Supplier keeps the intellectual property in its standard Software and firmware and grants the Buyer a perpetual licence to use them.
P:7.2 All Custom Work belongs to the Buyer. The Supplier shall deliver the source files of all Custom Work, and the Buyer may use, modify and license it freely.
H:8. Data Security
P:8.1 All measurement data, alarm records and plant information collected by the system belong to the Buyer. The Supplier shall not use them for any purpose other than this Contract.
P:8.2 The system is installed in the Buyer's network. Any remote access by the Supplier requires the Buyer's approval for each session, takes place through the Buyer's jump server and is recorded. The Supplier shall not copy plant data outside the Buyer's network, and the gateways shall not send data to any external cloud.
P:8.3 The Supplier shall report any security incident affecting the system within two hours after becoming aware of it, cooperate in the investigation, and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's terminal, including drawings, process data and security arrangements, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination.
P:9.2 The Supplier shall ensure that its employees and approved subcontractors working on the project sign confidentiality undertakings.
H:10. Delay and Liability
P:10.1 If the Supplier is late in delivery, installation or Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
P:10.3 The payment of liquidated damages does not relieve the Supplier of its obligation to complete the work.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Approved subcontractors must hold the qualifications required for work in hazardous areas.
P:11.2 The Supplier remains fully responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund amounts paid for undelivered or rejected items and compensate the Buyer's losses.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final.
H:14. Miscellaneous
P:14.1 Annex 1 (Monitoring Point List) and Annex 2 (Acceptance Tolerances) form part of this Contract.
P:14.2 This Contract is made in English and Chinese. Both texts have equal force.
P:14.3 Neither party shall be liable for failure to perform caused by force majeure, provided that it notifies the other party within five days and takes reasonable steps to limit the effect. If force majeure continues for more than 60 days, either party may terminate this Contract by notice.
P:14.4 Notices shall be in writing and sent to the addresses stated above. Operational communications may be sent by email to the project managers named in Annex 1.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Service Desk and End-User Support Agreement

**Agreement reference:** DSP-MSA-2027-21

**Customer:** Wuhan Changtai Engineering Consulting Co., Ltd., Optics Valley, Wuhan, Hubei Province, PRC

**Provider:** Deeside Service Partners Ltd, a company registered in Scotland, Dee Street, Banchory, Aberdeenshire, acting through its Wuhan service centre

**Background:** Customer employs about 1,100 staff in four offices (Wuhan, Changsha, Nanchang and Hefei). Customer wishes to outsource its IT service desk, desktop support and endpoint management to Provider for a fixed term. The parties therefore agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 3.

1.3 "Customer Data" means all data of Customer, its staff and its clients that Provider accesses, stores or processes in providing the Services, including ticket records, device inventories and user account data.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 3.

1.5 "Term" means 36 months from the Service Commencement Date.

## Section 2. Services

2.1 Provider shall provide the Services from the Service Commencement Date for the Term in accordance with Schedule 1 and the Service Levels.

2.2 Provider shall assign a named service delivery manager, based in Wuhan, who attends a monthly service review with Customer and presents a performance report.

2.3 Provider shall follow Customer's IT policies, change management procedures and site rules made known to it in writing.

2.4 Provider shall deliver continual service improvement: at each quarterly review it shall propose at least three improvements based on ticket trends, and shall implement the improvements approved by Customer at no extra charge where they do not require new tools or additional staff.

## Section 3. Transition

3.1 Provider shall complete transition within 75 days after signature of this Agreement. Transition includes knowledge transfer from Customer's current team, set-up of the ticketing tool, documentation of all standard requests, and a two-week parallel run.

3.2 Transition Acceptance requires that: (a) every standard request type in Annex A has a tested procedure and knowledge article; (b) the ticketing tool is configured with Customer's categories and approval flows; (c) the two-week parallel run meets the Service Levels for response and resolution; and (d) Customer's asset register has been reconciled with a physical count in every office.

3.3 Customer shall sign the Transition Acceptance Certificate within ten business days after the criteria are met. Use of the Services during the parallel run is not acceptance.

3.4 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay.

3.5 Customer shall give Provider timely access to its current service team, documentation, systems and offices during transition. Delays caused by Customer extend the transition period accordingly.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 2. The total contract value over the Term, including the one-time transition fee, is CNY 2,152,000.

4.2 The monthly service charge is invoiced monthly in arrears. The transition fee is invoiced after Transition Acceptance. Customer shall pay each correct invoice within 30 days. No advance payment is due.

4.3 Service credits under Schedule 3 are deducted from the invoice for the following month.

4.4 Charges are fixed for the Term. Provider may not increase the monthly service charge for changes in exchange rates, wages or other costs.

## Section 5. Customer Data and Security

5.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Services.

5.2 Provider shall process Customer Data only in mainland China, on Customer's systems or on Provider's ticketing tenant hosted in Wuhan; apply role-based access with multi-factor authentication for all privileged accounts; keep audit logs of administrative actions; and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

5.3 Provider shall notify Customer within six hours after discovering any incident affecting Customer Data, take immediate containment action, and be responsible for losses caused by its breach of this Section 5.

5.4 At the end of the Term, Provider shall return all Customer Data and delete its copies, and shall certify the deletion in writing.

5.5 Provider shall ensure that its staff with access to Customer Data are screened, trained in data protection at least once a year and bound by written confidentiality obligations.

## Section 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it to third parties without written consent, during the Term and for three years after it.

## Section 7. Intellectual Property

7.1 Procedures, knowledge articles, scripts, reports and configurations prepared by Provider specifically for Customer belong to Customer, which may use, modify and pass them to any successor provider freely.

7.2 Provider keeps its pre-existing tools and methods and grants Customer a free licence to use any of them embedded in the deliverables.

## Section 8. Personnel and Subcontracting

8.1 Provider shall staff the service desk with Mandarin- and English-speaking analysts and shall provide on-site engineers in each office as set out in Schedule 1.

8.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

8.3 Provider shall not replace the service delivery manager or reduce the on-site engineers listed in Schedule 1 without Customer's prior approval, and shall replace any staff member to whom Customer reasonably objects.

## Section 9. Liability

9.1 Neither party is liable for indirect or consequential loss.

9.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the charges paid or payable by Customer in the six months immediately preceding the event giving rise to the claim.

## Section 10. Term and Termination

10.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension requires written agreement.

10.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent, enters liquidation or ceases to carry on business.

10.3 Apart from Section 10.2, neither party may terminate this Agreement before the end of the Term. Any failure of Provider to perform the Services or to meet the Service Levels shall be dealt with exclusively through the service credits in Schedule 3 and the escalation process in Section 11, and shall not entitle Customer to terminate this Agreement.

10.4 On expiry Provider shall provide exit assistance for up to 60 days at the rates in Schedule 2.

## Section 11. Governance and Escalation

11.1 Operational issues are raised at the monthly service review. Unresolved issues are escalated to the parties' IT directors and then to their general managers, each of whom shall meet within ten business days.

11.2 Each party shall appoint a contract manager. The contract managers shall keep a register of issues and agreed actions and review it at each monthly service review.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes not resolved under Section 11 shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## Section 13. General

13.1 Neither party may assign this Agreement without the other party's written consent.

13.2 This Agreement, with its Schedules and Annex A, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

13.3 This Agreement is executed in English and Chinese, and both texts have equal force.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________

## Schedule 1 - Services

| Service | Description | Hours / coverage |
|---|---|---|
| Service desk | Phone, email and portal support in Mandarin and English; single point of contact | 07:30-21:00 on business days; Priority 1 on call 24x7 |
| Desktop support | On-site engineers: Wuhan 3, Changsha 1, Nanchang 1, Hefei 1 | Business hours |
| Endpoint management | Patching, antivirus, software distribution, encryption for about 1,300 laptops and desktops | Continuous |
| Joiners and leavers | Account creation, device issue, recovery and wiping | Within 2 business days |
| Asset management | Asset register, quarterly reconciliation, disposal records | Quarterly |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after Transition Acceptance | 64,000 |
| Monthly service charge | 36 months x CNY 58,000 | 2,088,000 |
| Total contract value | | 2,152,000 |
| Exit assistance | Per engineer day, if requested | 2,600 |

## Schedule 3 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit |
|---|---|---|---|---|
| Priority 1 | Office-wide outage or senior management unable to work | 30 minutes | 6 hours | 2% of the monthly charge per breach |
| Priority 2 | Several users affected, no workaround | 1 hour | 1 business day | 1% of the monthly charge per breach |
| Priority 3 | Single user affected | 2 business hours | 3 business days | 0.5% of the monthly charge if fewer than nine in ten are met in a month |

Service credits are capped at 10% of the monthly service charge in any month.
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - METOCEAN FORECAST DATA AND API ACCESS

Agreement No.: BMD-2027-CN-008

BETWEEN:
Ballater Metocean Data Ltd, a company registered in Scotland whose registered office is at Bridge Square, Ballater, Aberdeenshire ("Provider"); and
Qingdao Haiyun Shipping Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND
Provider produces marine weather and ocean forecasts (wind, waves, swell, currents and sea ice) and supplies them through an application programming interface. Customer operates a fleet of 23 bulk carriers and wishes to use the forecasts in its voyage planning and fleet monitoring systems. Customer's voyage planning system is operated at its fleet operations centre in Qingdao and is linked to its noon-report and charter-party performance tools. The parties agree as follows.

1. DEFINITIONS
1.1 "API" means Provider's forecast data interface, including its documentation and access keys.
1.2 "Data" means the forecast and hindcast data delivered through the API or the bulk data feed.
1.3 "Customer Inputs" means vessel positions, planned routes, port calls and other information that Customer submits to the API in order to receive route-specific forecasts.
1.4 "Outputs" means route forecasts, weather routing reports and other results generated for Customer from the Data and the Customer Inputs.
1.5 "Subscription Year" means the period of one year starting on the Service Start Date, and each following period of one year.
1.6 "Service Start Date" means the date on which Customer confirms Integration Acceptance under clause 4.

2. SUBSCRIPTION
2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to receive the bulk data feed, and to use the Data and Outputs in its own business, including in its voyage planning system, its fleet monitoring centre and reports to charterers.
2.2 The Subscription Term is two Subscription Years starting on the Service Start Date.
2.3 The subscription covers up to 23 vessels, 500,000 API calls per month, the global wave and wind models at 0.25 degree resolution, and the North Pacific high-resolution model. Additional vessels may be added at the price in clause 5.
2.4 Customer may not resell the Data as such or make it available to third parties except as part of Outputs.
2.5 Customer shall name up to six technical contacts who may raise support requests and receive service notices.

3. SERVICES AND DELIVERY
3.1 Provider shall deliver forecasts four times a day with a horizon of ten days, and route forecasts within one minute of a valid API request.
3.2 Provider shall provide integration support to connect the API to Customer's voyage planning system, including a test environment, sample code, two remote workshops and a review of Customer's integration.
3.3 Provider shall make the data feed available within 45 days after signature of this Agreement.
3.4 Provider shall give Customer at least 60 days' notice of any change to the API that is not backward compatible, and shall keep the previous API version available during that period.
3.5 Provider shall supply a monthly service report showing availability, delivery times of each forecast cycle and incidents.
3.6 Provider shall keep the historical forecasts delivered to Customer for at least two years so that Customer can review voyage performance claims, and shall provide archived forecasts on request at no charge.

4. INTEGRATION ACCEPTANCE
4.1 Integration Acceptance requires that: (a) the API and the data feed operate in Customer's production environment for ten consecutive days; (b) route forecasts are returned for all test routes supplied by Customer; (c) forecast fields and units match the documentation; and (d) the delivery times in clause 3.1 are met on at least nine of the ten days.
4.2 Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met. Use of the Data during testing is not acceptance.
4.3 If the data feed is not available within the time in clause 3.3 for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.
4.4 If Integration Acceptance fails, Provider shall correct the defects and the test period shall be repeated.

5. FEES AND PAYMENT
5.1 The subscription fee is CNY 396,000 for each Subscription Year, that is CNY 792,000 for the Subscription Term. The integration support fee is CNY 38,000, payable once. The total contract value is CNY 830,000.
5.2 Additional vessels are charged at CNY 16,800 per vessel per Subscription Year, pro rata.
5.3 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice. The integration support fee is invoiced after Integration Acceptance and is payable within 30 days.
5.4 All fees are in CNY and include applicable PRC taxes.
5.5 Invoices shall state the Agreement number and the Subscription Year to which they relate.

6. SERVICE LEVELS
6.1 Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least 48 hours in advance.
6.2 Severity 1 incidents (API unavailable, or forecasts not updated for more than one cycle) shall be responded to within one hour, 24 hours a day. Severity 2 incidents shall be responded to within one business day.
6.3 If monthly availability falls below the level in clause 6.1, Provider shall credit Customer 5% of the monthly equivalent of the subscription fee for each full 0.1 percentage point of shortfall, up to half of that monthly amount. Each late Severity 1 response earns a credit of CNY 500 per hour.
6.4 Service credits are Customer's remedy for availability failures, without prejudice to Customer's right to terminate under clause 12.

7. OWNERSHIP
7.1 Provider owns the Data, its models and the API. Nothing in this Agreement transfers these rights to Customer.
7.2 Customer Inputs belong to Customer. Provider may use Customer Inputs only to generate Outputs for Customer and for no other purpose.
7.3 Outputs, and any integration scripts or dashboards that Provider prepares specifically for Customer, belong to Customer, which may use, modify and share them freely.
7.4 Customer may display Data within Outputs to its charterers, cargo owners and vessel masters, with Provider's name shown as the data source.

8. CONFIDENTIALITY
8.1 Each party shall keep confidential the other party's non-public information, including Customer's routes, port calls and commercial plans, and shall not disclose it to third parties without written consent, except to its professional advisers and as required by law.
8.2 This clause survives for three years after the Subscription Term ends.

9. RENEWAL
9.1 At the end of the Subscription Term this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current period.
9.2 Provider may increase the subscription fee for any renewal period by written notice given at least 90 days before that period starts. An increase shall not exceed 9% of the fee for the preceding Subscription Year.
9.3 Provider shall not change the scope of the subscription at renewal without Customer's written agreement.

10. SUBCONTRACTING AND ASSIGNMENT
10.1 Provider shall not subcontract the performance of this Agreement without Customer's prior written consent.
10.2 Neither party may assign this Agreement without the other party's prior written consent.

11. LIABILITY
11.1 Forecasts are predictions. Provider does not warrant that any forecast will be accurate, and Customer remains responsible for navigational decisions and the safety of its vessels.
11.2 Neither party is liable for indirect or consequential loss.
11.3 Each party's total liability under this Agreement is limited to two times the total contract value, except for wilful misconduct and breach of clause 8.
11.4 Provider shall defend Customer against any claim that the Data or the API, used in accordance with this Agreement, infringes a third party's intellectual property rights, and shall pay any damages finally awarded.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.
12.2 If Customer terminates under clause 12.1, Provider shall refund the subscription fee paid for the period after termination.
12.3 On termination or expiry, Customer's access keys are deactivated. Customer may keep and continue to use Outputs and Data received before that date for internal records.
12.4 Clauses 7, 8 and 11 survive termination or expiry.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the People's Republic of China.
13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The award is final and binding.

14. GENERAL
14.1 Notices shall be in writing in English or Chinese and sent to the addresses above or to the email addresses in the order confirmation.
14.2 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing.
14.3 Neither party is responsible for failure to perform caused by events beyond its reasonable control, including failures of public satellite data sources, provided it notifies the other party promptly and takes reasonable steps to resume performance.
14.4 This Agreement is executed in English and Chinese, and both texts have equal force.

SIGNED for Provider: ____________________ Date: __________
SIGNED for Customer: ____________________ Date: __________
"""


# ---------------------------------------------------------------- design and labels
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: (file, format, language, category, source, terms (in the order of T), extra, fee base for TCO, design rules)
D = {
    "z01": ("h1141z01_civil_affairs_funeral_platform.pdf", "pdf", "zh", "software", Z01,
            [99.95, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True, True,
             "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2226000), 1180000, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z02": ("h1141z02_strapping_machine_line_control_retrofit.docx", "docx", "zh", "hardware", Z02,
            [None, 1, True, "buyer", True, True, False, 0.1, None, 20, True, True, 18, 228800 / 880000 * 100, False,
             True, False, "PRC", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1030000), 880000,
            ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("h1141z03_vision_training_chain_booking_saas.txt", "txt", "zh", "cloud", Z03,
            [99.5, 0.5, True, "buyer", True, False, True, 400 / 604400 * 100, None, None, True, None, None, None, True,
             True, False, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=604400), None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("h1141z04_eco_bureau_vehicle_emission_remote_sensing_om.txt", "txt", "zh", "services", Z04,
            [None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, False, True, False,
             "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1386000), None,
            []),
    "z05": ("h1141z05_straw_art_workshop_process_tracking_supplier_template.md", "md", "zh", "software", Z05,
            [None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 6, None, False, True, None,
             "PRC", "goods_or_licence"],
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
                 contract_value=318000), 168000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("h1141e01_kinross_asset_integrity_licence.pdf", "pdf", "en", "software", E01,
            [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 9, False, True, False,
             "Scotland", "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1960000), 1320000, ["CR-GOVERNING-LAW"]),
    "e02": ("h1141e02_kirriemuir_supplier_quality_saas_order_form.md", "md", "en", "cloud", E02,
            [99.95, 0.5, False, "buyer", True, True, True, 500 / 620000 * 100, 150, None, True, None, None, None, False,
             True, True, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=620000), None,
            ["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"]),
    "e03": ("h1141e03_stonehaven_lng_vibration_sensors.docx", "docx", "en", "hardware", E03,
            [99.95, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC",
             "goods_or_licence"],
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1522000), 1256000, []),
    "e04": ("h1141e04_banchory_managed_service_desk.md", "md", "en", "services", E04,
            [None, 0.5, True, "buyer", True, True, True, 1500 / 2152000 * 100, 6 / 36 * 100, None, True, None, None,
             None, False, False, False, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2152000), None,
            ["CR-LIABILITY-CAP", "CR-TERMINATION"]),
    "e05": ("h1141e05_ballater_metocean_data_api_subscription.txt", "txt", "en", "cloud", E05,
            [99.95, 1, True, "buyer", False, True, True, 600 / 830000 * 100, 200, None, True, None, None, None, True,
             True, False, "PRC", "service"],
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=830000), None,
            ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of §3) and the TCO horizon
AVAIL, P1, LD, CAP, PREPAY, WARRANTY, PWF, TCO_SHARE, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(t, x, base):
    """Post-warranty share of TCO over the horizon (policy §4), or None when not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or \
            not x.get("post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    post = years * t["post_warranty_fee_pct"] / 100 * base
    return post / (x["contract_value"] + post) * 100


def derive(t, x, base):
    """My reading of policy §3 applied to a label."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < WARRANTY):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > PWF):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # no forum outside mainland China with PRC law in this set
        r.add("CR-GOVERNING-LAW")
    s = tco_share(t, x, base) if goods else None
    if s is not None and s > TCO_SHARE:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.,])99\.9(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.,])0?\.05(?!\d)", r"万分之五(?![十])", r"千分之零点五",
    r"(?<![\d.,])100(?:\.0+)?\s*%", r"百分之一?百",
    r"(?<![\d.,])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.,])15(?:\.0+)?\s*%", r"(?<![二三四五六七八九])百分之十五(?![点])",
    r"(?<![\d.,])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])",
    r"(?<![\d.,])12\s*个?\s*月(?!\s*\d+\s*日)", r"(?<![一二三四五六七八九])十二\s*个\s*月",
    r"(?<![\d.,])12[\s-]*months?", r"twelve[\s-]*months?", r"(?<![\d.,])12[\s-]*month\b",
    r"(?<![\d.,])4\s*-?\s*(?:hours?|hrs?)", r"(?<![a-z-])four[\s-]*hours?", r"(?<![\d.,])4\s*个?\s*小时",
    r"(?<![十\d])四\s*个?\s*小时",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "at least 99.9 per cent", "4 hours", "4-hour", "four hours", "4小时", "四小时", "四个小时",
            "0.05%", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "15%", "百分之十五", "40%", "百分之四十",
            "12个月", "十二个月", "12 months", "twelve months", "12-month", "0.05 % per day"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "2027年12月31日", "12月31日", "0.5%", "万分之三",
             "150%", "130%", "115%", "140%", "1,100%", "二十四个月", "三十六个月", "14 hours", "0.25%", "0.08%",
             "48 hours", "二十五", "百分之三十五", "百分之四十五", "2.15%", "twenty-four hours"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), "must miss: %s -> %s" % (s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    name, fmt, lang, cat, src, terms, extra, base, rules = D[key]
    t = dict(zip(T, terms))
    x = {k: extra[k] for k in ("sla_clause", "ld_stated", "post_warranty_fee_capped",
                                "acceptance_deemed_on_delivery", "contract_value") if k in extra}
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": sorted(rules)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    srcs = {k: v[4] for k, v in D.items() if v[1] in ("docx", "pdf")}
    tgts = {k: (v[0], v[1]) for k, v in D.items() if v[1] in ("docx", "pdf")}
    write(srcs, tgts, OUT, wrap_words=True)
    for k, v in D.items():
        if v[1] in ("txt", "md"):
            (OUT / v[0]).write_text(v[4], encoding="utf-8")
            print("wrote", v[0])
    covered = set()
    bad = []
    for k, v in D.items():
        name, fmt, lang, cat, src, terms, extra, base, rules = v
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        assert list(t) == T and len(terms) == len(T)
        assert (t["contract_kind"] == "goods_or_licence") == ("post_warranty_fee_capped" in x)
        if t["contract_kind"] == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        # label values off every threshold
        assert t["availability_pct"] != AVAIL and t["p1_response_hours"] != P1
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - LD) > 1e-9
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - CAP) > 1e-9
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - PREPAY) > 1e-9
        assert t["warranty_months"] != WARRANTY
        assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - PWF) > 1e-9
        share = tco_share(t, x, base)
        if share is not None:
            assert abs(share - TCO_SHARE) > 2, (k, share)
        got = derive(t, x, base)
        assert got == sorted(rules), (k, got, rules)
        covered |= set(got)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        found = hits(text) + hits(re.sub(r"\s+", " ", text)) + hits(re.sub(r"\s", "", text))
        print("%s %-66s %5d %s %-6s %s%s" % (k, name, n, lang, risk(got), ",".join(r[3:] for r in got) or "-",
                                             "" if share is None else "  TCO share %.2f %%" % share))
        if not lo <= n <= hi:
            bad.append("%s length %d not in %d-%d" % (k, n, lo, hi))
        if found:
            bad.append("%s threshold figures: %s" % (k, found))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert bad == [], "\n".join(bad)
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
