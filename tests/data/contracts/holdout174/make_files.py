"""holdout174: the ten held-out ORDINARY drafts, their labels and the read-back checks.

The .txt/.md contracts are written as they are; the .docx/.pdf are built with ../word_pdf.py (SOURCES/TARGETS as in
holdout19, PDFs with wrap_words=True). After building, the script reads every file back (python-docx / pypdf), reports
text lengths, scans the read-back texts for values that sit exactly on a policy threshold, computes the labels (every
price sum asserted, percentages as Python computes them), re-applies the policy's CR rules to each label's terms and
writes the .json labels (one-space indent, ensure_ascii=False, no trailing newline).
Run with /work/main/.venv/bin/python make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h174z01 — 潆川市司法局 社区矫正智慧监管平台 (政府采购 公开招标, buyer's paper), .pdf, 第X条 + 1.1, compliant
# ---------------------------------------------------------------------------------------------------------------
H174Z01 = """T:潆川市社区矫正智慧监管平台建设项目政府采购合同
P:合同编号：YCSF-ZC-2025-017　　采购方式：公开招标　　项目编号：YCZC2025-G0412
P:采购人（甲方）：潆川市司法局　　地址：潆川市政务新区崇文路9号
P:中标供应商（乙方）：苏衡数智科技股份有限公司　　地址：苏州市工业园区星湖街218号
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》和本项目招标文件、乙方投标文件及中标通知书，甲乙双方在平等、自愿的基础上，就潆川市社区矫正智慧监管平台建设项目订立本合同。招标文件、投标文件、中标通知书、乙方在评标过程中作出的书面澄清及本合同附件均为本合同的组成部分；上述文件内容不一致的，以本合同条款为准，本合同未约定的，以对甲方更有利的文件为准。
H:第一条 项目内容
P:1.1 乙方负责潆川市社区矫正智慧监管平台的软硬件供货、定制开发、系统集成、安装调试、数据迁移、培训及质保期内的技术服务，覆盖市社区矫正管理局、下辖7个县（市、区）社区矫正机构和86个司法所。
P:1.2 平台包括以下功能：矫正对象信息管理；电子定位与电子围栏；视频点验与人脸核验；自助报到；移动执法；风险评估与分级预警；统计分析及指挥大屏；与省社区矫正一体化平台、公安人口信息系统、法院裁判文书系统之间的数据接口。
P:1.3 乙方应将现有社区矫正管理系统中在册及解矫未满五年的矫正对象档案、报到记录和奖惩记录迁移至新平台，迁移前后数据须逐条核对一致。
P:1.4 具体功能与技术参数以招标文件第三章《采购需求》及乙方投标响应为准，乙方承诺的响应不得低于招标文件的要求。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰贰拾叁万壹仟元整（¥3,231,000），为固定总价，已包括货物、软件许可、开发、运输、保险、安装、集成、培训、税费及质保期内全部服务费用，甲方不再另行支付其他任何费用。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|社区矫正智慧监管平台软件许可（永久许可）|1套|1,380,000|1,380,000
TB:2|自助报到一体机|12台|36,500|438,000
TB:3|移动执法终端|40台|6,800|272,000
TB:4|服务器及存储设备|1批|486,000|486,000
TB:|软硬件小计|||2,576,000
TB:5|定制开发及数据接口|1项|418,000|418,000
TB:6|系统集成、安装与数据迁移|1项|196,000|196,000
TB:7|培训|1项|41,000|41,000
TB:|合同总价|||3,231,000
H:第三条 付款方式
P:3.1 乙方已于合同签订前向甲方提交金额为合同总价5%的履约保函，该保函在最终验收合格后30日内退还。
P:3.2 合同签订且乙方开具合法有效的发票后10个工作日内，甲方支付合同总价的25%，即¥807,750，作为预付款。
P:3.3 系统完成安装部署并通过初步验收后10个工作日内，甲方支付合同总价的50%，即¥1,615,500。
P:3.4 系统通过最终验收后10个工作日内，甲方支付合同总价剩余的25%，即¥807,750。
P:3.5 甲方通过财政国库集中支付方式付款。因财政资金拨付程序造成的合理延迟，不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订之日起90日内完成全部软硬件供货、安装部署、数据迁移及接口联调，具备初步验收条件。初步验收合格后进入为期60日的试运行。
P:4.2 设备交付地点为甲方指定的市局及各县（市、区）社区矫正机构、司法所。到货时双方共同开箱清点并签署到货签收单；到货签收仅为数量及外观确认，不代表质量验收。
P:4.3 乙方应组建不少于8人的项目实施团队。项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换；乙方人员在甲方场所工作时应遵守甲方的安全保密和工作纪律要求。
H:第五条 验收
P:5.1 初步验收：安装部署完成后，乙方提交初验申请及自测报告，甲方按招标文件采购需求逐项测试。验收标准包括：全部功能点与需求清单一致；电子围栏越界告警推送时间不超过30秒；人脸核验通过率不低于98%；500个并发用户下页面平均响应时间不超过3秒；各数据接口连续7日对账无差错；迁移数据逐条核对一致。
P:5.2 最终验收：试运行期满，且平台通过具备资质的第三方机构开展的网络安全等级保护三级测评后，甲方组织最终验收，必要时邀请专家参加。试运行期间出现一级故障的，试运行期自故障排除之日起重新计算。
P:5.3 验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 质保与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换和每季度一次的现场巡检，并对甲方新增的用户提供操作培训。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外，计划内维护须提前3个工作日报甲方同意并安排在夜间进行）。故障分为三级：一级故障（平台整体不可用，或定位、告警功能中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能或单个县区不可用）1小时内响应，12小时内恢复；三级故障（一般使用问题）8小时内响应，3个工作日内解决。
P:6.3 乙方未达到上述响应或恢复时限的，每延误1小时向甲方支付违约金¥1,500；月度可用率每低于承诺值0.01个百分点，向甲方支付违约金¥1,000。上述款项由甲方从应付款项或履约保函中扣除。
P:6.4 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过软硬件小计的8%（即每年不超过¥206,080），质保期满后三年内不上调，具体以双方届时签订的运维合同为准。
H:第七条 知识产权
P:7.1 平台软件许可为永久许可，甲方及其下属社区矫正机构可在本项目范围内不限用户数使用。平台软件产品本身的知识产权归乙方所有。
P:7.2 乙方为本项目定制开发的功能模块、数据接口程序、报表与大屏模板及相关源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时完整交付源代码，甲方有权自行或委托第三方修改、使用和许可他人使用。
P:7.3 乙方保证所提供的软硬件及服务不侵犯第三方知识产权；因侵权引起的索赔由乙方负责处理并承担全部责任。
H:第八条 数据安全
P:8.1 平台采集和产生的全部数据，包括矫正对象的身份信息、定位轨迹、人脸图像、执法记录及统计数据，均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得复制、留存或向任何第三方提供。
P:8.2 平台部署于潆川市政务云。乙方应按照网络安全等级保护三级要求落实访问控制、加密存储与传输、日志审计等措施；乙方人员远程运维须经甲方逐次审批并通过堡垒机进行，操作全程记录。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和第三方索赔。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、矫正对象个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与全部项目人员签订保密承诺书。保密义务不因本合同的终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备初步验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期违约金累计不超过合同总价的10%。
P:10.2 乙方逾期超过30日，或验收两次不合格的，甲方有权解除合同，乙方应退还甲方已付款项并赔偿甲方由此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
H:第十一条 分包与转包
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分义务转包或分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知乙方解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可书面通知对方解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、效力、解释、履行和争议解决均适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方四份，乙方二份，具有同等法律效力。甲方应在合同签订后按规定将合同报同级财政部门备案并公告。
P:14.2 附件：1.采购需求及技术响应表；2.分项报价表；3.项目实施计划；4.保密承诺书。
P:甲方（盖章）：潆川市司法局　　　　乙方（盖章）：苏衡数智科技股份有限公司
P:法定代表人或授权代表：＿＿＿＿　　　　法定代表人或授权代表：＿＿＿＿
P:签订日期：2025年＿＿月＿＿日　　　　签订地点：潆川市
"""

# ---------------------------------------------------------------------------------------------------------------
# h174z02 — 硅片切片厂 线锯张力监测系统 (hardware + licence, post-warranty maintenance), .docx, "1. / 1.1"
# ---------------------------------------------------------------------------------------------------------------
H174Z02 = """T:金刚线切片机张力在线监测系统采购及维保合同
P:合同编号：JM-SB-2025-0638
P:买方（甲方）：曲靖晶沐新材料有限公司　　地址：云南省曲靖市经济技术开发区晶园路6号
P:卖方（乙方）：苏州衡测智能装备有限公司　　地址：江苏省苏州市吴中区旺山工业园宝丰路33号
P:甲方为提高单晶硅片切片工序的断线预警能力、降低线耗和碎片率，向乙方采购金刚线多线切割机张力在线监测系统及质保期满后的维保服务。双方依据《中华人民共和国民法典》及相关法律法规，经平等协商，订立本合同，共同遵守。
H:1. 合同标的与价格
P:1.1 乙方为甲方切片车间64台金刚线多线切割机加装张力在线监测系统，包括张力传感器、数据采集网关、边缘计算服务器及监测分析软件，并负责运输、安装、标定、与甲方MES系统对接、试运行及培训。
P:1.2 合同总价为人民币壹佰贰拾玖万元整（¥1,290,000），含13%增值税及运输、保险、安装、标定、培训等全部费用。价格明细如下：
TB:序号|名称|规格型号|数量|单价（元）|金额（元）
TB:1|张力传感器|HC-T200，量程0–60 N，每机2只|128只|4,650|595,200
TB:2|数据采集网关|HC-G16，每台接入4台切割机|16台|9,800|156,800
TB:3|边缘计算服务器|双路CPU，双机热备|2台|68,500|137,000
TB:4|张力监测分析软件许可|V3.0，永久许可，不限用户数|1套|286,000|286,000
TB:|软硬件小计||||1,175,000
TB:5|安装、标定及MES对接|分批安装，含2次复标|1项|98,000|98,000
TB:6|操作及维护培训|3个批次|1项|17,000|17,000
TB:|合同总价||||1,290,000
P:1.3 上述价格为固定价格，合同履行期间不因原材料、汇率或人工成本变化而调整。
H:2. 付款方式
P:2.1 合同生效后10个工作日内，甲方支付合同总价的20%，即¥258,000，作为预付款。
P:2.2 全部设备到货并经双方签署到货清点单后10个工作日内，甲方支付合同总价的50%，即¥645,000。到货清点仅确认数量、型号和外观，不代表设备质量验收。
P:2.3 系统通过终验后10个工作日内，甲方支付合同总价的25%，即¥322,500。
P:2.4 其余5%，即¥64,500，作为质量保证金，在质保期满且无未决质量问题后15个工作日内无息支付。
P:2.5 乙方每次收款前应向甲方开具等额的增值税专用发票，发票不合规的，甲方有权顺延付款且不承担违约责任。
H:3. 交货与安装
P:3.1 乙方应于合同生效后45日内将全部设备送达甲方厂区，并于合同生效后75日内完成安装、标定和MES对接。
P:3.2 安装应利用甲方安排的计划停机窗口分批进行，每批不超过8台切割机，不得影响其他机台正常生产。乙方应在每批安装前3个工作日提交安装方案，经甲方设备部确认后实施。
P:3.3 乙方人员进入洁净车间须遵守甲方洁净、防静电、动火和安全生产管理规定，接受甲方安全培训；因乙方人员违规造成的损失由乙方承担。
P:3.4 设备所有权及毁损灭失风险自甲方签署到货清点单时转移至甲方，但乙方安装过程中造成的损坏由乙方负责。
H:4. 验收
P:4.1 全部机台安装标定完成后进入30日试运行。试运行期满，甲方依据下列标准组织终验：（1）张力测量误差不超过满量程的±1.5%，以甲方计量室标准砝码逐只复核；（2）采样频率不低于1 kHz，数据上传延迟不超过2秒；（3）断线预警准确率不低于92%，误报每台每周不超过2次；（4）与MES系统的批次、机台、线耗数据对接连续10日无差错；（5）试运行期间未发生一级故障。
P:4.2 终验合格的，双方签署终验报告。终验不合格的，乙方应在10日内整改并重新组织验收；两次终验不合格的，甲方有权解除合同并要求乙方退还已付款项。
P:4.3 设备到货、安装完成或甲方在生产中使用系统，均不视为终验合格。
H:5. 质保与服务水平
P:5.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障设备及部件，免费提供软件缺陷修复和版本升级；传感器每半年免费复标一次。
P:5.2 故障分级及服务时限如下：
TB:故障等级|情形|响应时间|到场时间|修复时间
TB:一级|监测系统整体中断或服务器宕机|1小时|6小时|24小时
TB:二级|单台网关或3只以上传感器失效|2小时|次日|48小时
TB:三级|软件界面、报表等一般问题|8小时|按需|5个工作日
P:5.3 乙方未在上述时限内响应、到场或修复的，每超时1小时按¥800向甲方支付违约金，由甲方从质量保证金或应付款项中扣除。
H:6. 质保期满后的维保服务
P:6.1 质保期满后，乙方继续为甲方提供年度维保服务，内容包括设备维修与备件更换、传感器每半年复标、软件升级及本合同第5.2条规定的故障响应服务，第5.3条同样适用。
P:6.2 年度维保费按软硬件小计的26%计取，即每年¥305,500，在每个维保年度结束后15个工作日内支付；维保期间费用固定，乙方不得上调。
P:6.3 维保服务期限为质保期满后三年半，即至终验合格后满五年之日止。期满后如需继续服务，由双方另行协商。
H:7. 知识产权
P:7.1 监测分析软件为乙方产品，其知识产权归乙方所有，甲方获得永久、不可撤销、不限用户数的使用许可。
P:7.2 乙方为本项目开发的MES接口程序、定制报表、断线预警模型的参数配置及其源代码和技术文档，知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。
H:8. 数据与信息安全
P:8.1 系统采集的张力曲线、切割工艺参数、线耗、良率及其他生产数据均属于甲方所有，并构成甲方商业秘密。乙方仅可为履行本合同使用上述数据，不得用于其他目的，不得带出甲方厂区或提供给任何第三方。
P:8.2 系统部署于甲方生产内网，与办公网络隔离。乙方远程维护须提前申请，经甲方信息部批准后通过甲方提供的VPN和堡垒机进行，每次会话留存审计日志。乙方更换的服务器硬盘由甲方留存。
P:8.3 发生数据泄露、篡改或系统被入侵等安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因导致的，乙方赔偿甲方全部损失。
H:9. 保密
P:9.1 双方对在履行本合同过程中获知的对方技术资料、工艺参数和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限自本合同生效之日起至合同终止后五年。
H:10. 违约责任
P:10.1 乙方逾期交货或逾期完成安装标定的，每逾期一日按合同总价的万分之七向甲方支付违约金，累计不超过合同总价的10%。
P:10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失、侵犯第三方知识产权以及违反本合同第8条、第9条的责任不受此限。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:11. 分包
P:11.1 未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方。经甲方同意分包的，乙方对分包方的行为承担全部责任。
H:12. 合同解除
P:12.1 乙方严重违约且在甲方书面通知后15日内未纠正，或逾期交货超过30日的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:13. 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交曲靖仲裁委员会按照其仲裁规则进行仲裁，仲裁裁决是终局的。
H:14. 其他
P:14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。合同附件包括技术协议、安装方案和验收测试大纲，与本合同具有同等效力。
P:甲方（盖章）：曲靖晶沐新材料有限公司　　　　乙方（盖章）：苏州衡测智能装备有限公司
P:授权代表：＿＿＿＿　　　　授权代表：＿＿＿＿　　　　日期：2025年＿＿月＿＿日
"""

# ---------------------------------------------------------------------------------------------------------------
# h174z03 — 洗衣连锁 订单与配送 SaaS (three years + 实施), .md, Markdown headings "## N. 标题" + N.N
# ---------------------------------------------------------------------------------------------------------------
H174Z03 = """# 洗衣门店订单与配送管理SaaS服务合同

合同编号：QH-IT-2025-021

**甲方（客户）**：成都青禾洗衣连锁管理有限公司，地址：成都市武侯区佳灵路17号

**乙方（服务商）**：杭州澄净云科技有限公司，地址：杭州市滨江区江南大道588号

甲方在四川省内经营86家直营洗衣门店和2个中央洗涤工厂，拟使用乙方的“净递”SaaS平台统一管理门店收衣开单、工厂洗涤流程和上门取送。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过“净递”平台向甲方提供以下订阅服务：门店收衣开单；衣物水洗唛条码及洗涤流程追踪；会员、储值与优惠券管理；上门取送调度及骑手App；微信小程序下单与支付；门店与工厂经营报表。

1.2 乙方负责一次性实施服务：门店、工厂、价目及工艺基础数据配置；约21万名会员及其储值余额的迁移；小程序页面按甲方品牌定制；与甲方财务系统及第三方支付的对接；门店店长和工厂班组长培训。

1.3 服务期为三年，自上线验收通过之日起计算。

1.4 乙方为甲方指定一名客户成功经理，负责日常对接、每季度服务回顾和版本更新说明。平台版本更新不得减少本合同约定的功能；重大版本更新应提前15日通知甲方，并向门店提供操作指引和培训视频。

## 2. 费用

2.1 本合同总价为人民币玖拾万元整（¥900,000），明细如下：

| 项目 | 计费说明 | 金额（元） |
|---|---|---|
| 平台订阅费（第一服务年度） | 86家门店、2个工厂，含骑手账号120个 | 268,000 |
| 平台订阅费（第二服务年度） | 同上 | 268,000 |
| 平台订阅费（第三服务年度） | 同上 | 268,000 |
| 订阅费小计 | | 804,000 |
| 实施服务费（一次性） | 配置、迁移、定制、对接、培训 | 96,000 |
| **合同总价** | | **900,000** |

2.2 服务期内甲方新开门店的，按每店每服务年度¥3,100另行计费，不计入上述合同总价。

2.3 上述价格均含6%增值税。

## 3. 付款

3.1 本合同不设预付款。

3.2 实施服务费在上线验收通过后15个工作日内一次性支付。

3.3 订阅费按季度支付，每季度¥67,000，甲方在每个服务季度结束后15个工作日内支付。乙方应在付款前开具增值税专用发票。

## 4. 实施与上线验收

4.1 乙方应在合同签订后45日内完成实施并具备上线条件。首批10家门店试点运行两周后，全部门店分三批切换。

4.2 上线验收标准：（1）会员信息及储值余额迁移后逐户核对一致；（2）从门店开单到工厂入库、出厂、配送签收的全流程条码追踪，在试点门店连续14日无丢单；（3）小程序下单、支付、退款与甲方财务系统每日对账一致；（4）每日18:00至21:00高峰时段开单响应时间不超过2秒。

4.3 符合上述标准的，甲方签署上线验收单。平台上线使用或门店开始营业使用，均不等于验收通过。

4.4 甲方应按双方确认的实施计划提供门店、价目、工艺及会员数据，并安排试点门店配合测试；因甲方原因造成延误的，上线期限相应顺延。

4.5 因乙方原因逾期完成上线的，每逾期一日，乙方向甲方支付违约金¥600，累计不超过实施服务费的20%。

## 5. 服务水平

5.1 平台月度可用率不低于99.5%，每月计划内维护不超过2次，应安排在凌晨1:00至5:00并提前3日通知甲方。

5.2 故障响应：一级故障（全部或多数门店无法开单，或小程序无法下单）30分钟内响应，3小时内恢复；二级故障（部分功能异常或单个门店无法使用）1小时内响应，8小时内恢复；三级故障（一般咨询和使用问题）1个工作日内处理。

5.3 服务抵扣：月度可用率低于99.5%但不低于99%的，抵扣当月对应订阅费的5%；低于99%的，抵扣10%；一级故障未在3小时内恢复的，每次另行抵扣当月对应订阅费的2%。抵扣金额在下一季度付款时扣除。

## 6. 续期与调价

6.1 服务期届满前30日，任何一方未书面提出不再续期的，本合同自动续展一个服务年度，此后亦同。

6.2 每次续期时，乙方有权根据市场情况和服务成本上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在续期前15日书面通知甲方新的价格。

## 7. 数据

7.1 甲方在平台中录入和产生的数据，包括门店、会员、订单、储值、衣物图片和骑手轨迹等，所有权归甲方。

7.2 甲方同意，乙方可在去除个人身份信息后，将甲方的订单及经营数据汇总用于乙方的洗衣行业分析报告、产品改进和调度算法训练，该项权利在本合同终止后继续有效。

7.3 乙方将平台部署于境内公有云华东区域，按照网络安全等级保护三级要求进行防护；会员手机号、地址等个人信息加密存储；乙方管理员访问生产数据实行双因素认证，并留存操作日志不少于六个月。

7.4 发生个人信息泄露、篡改或丢失等安全事件的，乙方应在24小时内通知甲方，协助甲方履行向主管部门报告和告知用户的义务，并承担因其原因导致的全部损失。

7.5 合同终止后30日内，乙方应以通用格式向甲方交付全部数据，并在甲方书面确认后彻底删除。

## 8. 知识产权

8.1 “净递”平台及其软件的知识产权归乙方所有，甲方在服务期内享有使用权。

8.2 为甲方定制的小程序页面、报表模板及与甲方财务系统的接口程序，知识产权归甲方所有。乙方应在上线验收时交付源代码，甲方可自由修改、使用或交由第三方维护。

## 9. 保密

9.1 双方对在合作中获知的对方商业信息、会员信息、价格体系和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。

9.2 乙方应要求其接触甲方信息的员工签署保密承诺，并按最小必要原则分配访问权限；员工离职时应及时收回其全部账号和权限。

## 10. 责任限制

10.1 除故意、重大过失及违反本合同第7条的情形外，乙方在本合同项下的累计赔偿责任以本合同总价的150%为限。

## 11. 分包

11.1 乙方所使用的云服务提供商（阿里云）已经甲方认可。除此以外，乙方将本合同项下任何服务分包给第三方的，须事先取得甲方书面同意。

## 12. 合同解除

12.1 一方严重违约，经另一方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。

12.2 平台月度可用率连续两个月低于99%的，甲方有权解除本合同，无需承担任何违约责任，仅按实际服务期间支付订阅费。

## 13. 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 14. 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 附件：服务说明书、实施计划、数据处理协议。附件与本合同具有同等效力；附件与正文不一致的，以正文为准。

甲方（盖章）：成都青禾洗衣连锁管理有限公司　　　乙方（盖章）：杭州澄净云科技有限公司

日期：2025年＿＿月＿＿日
"""

# ---------------------------------------------------------------------------------------------------------------
# h174z04 — 县卫生健康局 基层医疗机构 HIS 年度运维 (政府采购 询价), .txt, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H174Z04 = """岚溪县基层医疗卫生机构信息系统年度运维服务合同

采购项目名称：岚溪县基层医疗卫生机构信息系统2025—2026年度运维服务
采购项目编号：LXCG-2025-XJ-0093　　采购方式：询价

甲方（采购人）：岚溪县卫生健康局
地址：岚溪县城关镇人民路45号

乙方（成交供应商）：合肥康衡医疗信息技术有限公司
地址：合肥市高新区望江西路860号创新大厦11层

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目询价通知书、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。询价通知书、响应文件和成交通知书是本合同的组成部分。

一、服务范围
（一）运维对象
1. 岚溪县基层卫生信息平台（部署于县卫生健康局机房，含数据库服务器、应用服务器、存储及备份一体机）。
2. 全县18家乡镇卫生院的基层HIS、LIS、电子健康档案及公共卫生管理系统，以及各院服务器和内部网络。
3. 全县212个村卫生室的诊疗终端、读卡器和打印设备。
（二）服务内容
1. 驻场运维：乙方派2名具有三年以上医疗信息系统运维经验的工程师在县卫生健康局驻场，工作日8:30至17:30在岗，节假日安排值班。
2. 远程支持：提供7×24小时服务热线和远程技术支持。
3. 巡检：每季度对县平台、乡镇卫生院服务器和网络进行一次全面巡检；每半年对村卫生室终端巡检一次；每次巡检后5个工作日内出具巡检报告。
4. 接口维护：医保结算接口、省全民健康信息平台接口、电子健康档案调阅接口的日常维护，以及因医保政策或省平台标准调整引起的接口适配，适配应在主管部门规定的时限内完成。
5. 数据备份与安全加固：县平台每日增量备份、每周全量备份，每季度开展一次恢复演练；配合甲方开展网络安全等级保护测评及整改，及时安装安全补丁。
6. 培训：每个服务年度对乡镇卫生院信息管理员开展集中培训不少于2次，对村医开展操作培训不少于1次。
（三）服务期限：自2025年7月1日起至2026年6月30日止。

二、服务费用
（一）本合同总价为人民币陆拾陆万元整（¥660,000），为固定总价，包含人员、差旅、工具、备品备件（单件价值2,000元以下）及税费等全部费用。
（二）分项价格：
1. 驻场运维服务：¥336,000
2. 远程技术支持及巡检：¥148,000
3. 接口维护及适配：¥96,000
4. 数据备份与安全加固：¥62,000
5. 培训：¥18,000
合计：¥660,000
（三）单件价值2,000元以上的硬件备件，由乙方报价，经甲方书面确认后另行采购。

三、付款方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度¥165,000。每季度结束后，甲方根据当季考核结果，在15个工作日内支付当季服务费，考核扣减金额从当季服务费中扣除。
（三）乙方应在每次付款前开具合法有效的发票。

四、服务要求与响应时限
（一）故障分级
1. 一级故障：县平台整体中断，或三家以上乡镇卫生院HIS无法挂号、收费或医保结算。
2. 二级故障：单家卫生院部分功能不可用，或某一接口中断。
3. 三级故障：单个终端故障或一般使用问题。
（二）响应与处理时限
1. 一级故障：30分钟内响应，2小时内到达县平台现场（乡镇卫生院3小时内），6小时内恢复业务。
2. 二级故障：1小时内响应，次日18:00前解决。
3. 三级故障：2个工作日内解决。
（三）驻场人员未经甲方书面同意不得更换；请假须提前报告并安排同等能力人员替岗。

五、考核与验收
（一）甲方每季度按照附件《运维服务考核表》对乙方进行考核，考核内容包括故障响应及时率、故障解决率、巡检完成率、备份恢复演练结果和用户满意度，满分100分。
（二）一级故障每超过处理时限1小时，扣减当季服务费¥1,000；二级故障每超过处理时限1日，扣减¥500；季度考核得分低于80分的，另扣减当季服务费的5%。
（三）服务期满前，乙方应提交年度运维总结、全部巡检报告、备份恢复演练记录、故障处理台账和运维文档。甲方对照本合同及询价通知书的服务要求进行年度验收，并出具验收意见。

六、数据安全
（一）运维过程中接触的居民健康档案、诊疗、处方、检验及医保结算等数据均属于甲方，乙方仅为履行运维义务访问，不得复制、下载、留存或用于任何其他目的。
（二）乙方人员访问生产系统须使用甲方分配的实名账号，经堡垒机登录并全程审计；严禁使用移动存储介质拷贝数据；更换下来的硬盘由甲方留存或在甲方监督下物理销毁。
（三）乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及卫生健康行业网络安全管理要求。发生数据泄露、丢失、被篡改或勒索病毒等安全事件的，乙方应在1小时内报告甲方并全力协助处置；因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。

七、保密
（一）乙方及其人员对在服务中知悉的患者信息、甲方网络结构、系统账号口令及其他非公开信息负有保密义务，不得向任何第三方泄露。
（二）乙方应与驻场及参与本项目的全部人员签订保密协议。保密义务不因本合同终止而解除。

八、知识产权
（一）各信息系统软件的知识产权归其原权利人，本合同不涉及软件知识产权的转让。
（二）乙方在运维过程中为甲方编写的脚本、配置文件、巡检报告、应急预案和运维文档归甲方所有，甲方可自由使用和修改。

九、分包
（一）乙方不得将驻场运维及县平台运维工作分包给第三方。
（二）村卫生室终端的现场巡检和维修，乙方可委托其在各乡镇的合作服务商实施，但应提前五个工作日书面告知甲方合作服务商名称及人员名单，并对合作服务商的行为承担全部责任。

十、违约责任
（一）乙方未按期完成驻场人员到岗、季度巡检、恢复演练或接口适配的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）故障超时及考核不合格的扣减按本合同第五条执行。
（三）乙方违反本合同第六条、第七条的，除承担赔偿责任外，甲方有权解除合同。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。
（二）服务期内因乙方原因发生一级故障累计超过三次，或连续两个季度考核得分低于80分的，甲方有权解除本合同。

十二、合同期满
本合同服务期满自动终止，不自动续期。下一年度运维服务由甲方依法另行组织采购，乙方应配合做好交接。

十三、争议解决
因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十四、其他
（一）本合同自双方签字盖章之日起生效，一式五份，甲方三份，乙方一份，县财政局政府采购监管部门备案一份。
（二）附件：1.运维服务考核表；2.运维对象清单；3.保密协议。

甲方（盖章）：岚溪县卫生健康局　　　　乙方（盖章）：合肥康衡医疗信息技术有限公司
法定代表人或委托代理人：＿＿＿＿　　　法定代表人或委托代理人：＿＿＿＿
签订日期：2025年6月＿＿日
"""

# ---------------------------------------------------------------------------------------------------------------
# h174z05 — 腐乳厂 质量追溯系统 licence + 定制开发, supplier's own template, .md, "## 第X条" + （一）, many problems
# ---------------------------------------------------------------------------------------------------------------
H174Z05 = """# 溯源链食品质量追溯系统软件许可及定制开发合同

> 杭州溯源链信息技术有限公司标准合同文本 V4.0（2024年修订）

合同编号：SYL-2025-HT-0317

**甲方（用户）**：衢州香醇坊酿造食品有限公司
地址：浙江省衢州市柯城区航埠镇酱园路12号

**乙方（服务商）**：杭州溯源链信息技术有限公司
地址：杭州市西湖区文三路199号创业大厦7层

甲方系以黄豆为主要原料生产红方、白方及青方腐乳的食品生产企业，为满足食品安全追溯和经销商防窜货管理的需要，拟使用乙方的“溯源链”食品质量追溯系统。双方经友好协商，依据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

（一）乙方向甲方许可使用“溯源链”食品质量追溯系统标准版V4.0（以下简称“标准产品”），并根据甲方腐乳生产工艺提供定制开发服务，定制内容包括：

1. 黄豆及食盐、黄酒、红曲等辅料的批次入厂检验记录与供应商档案；
2. 浸泡、磨浆、点浆、压坯、前期发酵（毛霉培菌）、腌制、装坛后熟、灌装、杀菌各工序的批次追溯及关键控制点记录；
3. 成品一物一码赋码、箱码与瓶码关联及经销商防窜货管理；
4. 与甲方金蝶ERP系统的物料入库、生产领料及销售出库数据对接；
5. 消费者扫码查询页面及问题产品召回批次定位。

（二）许可范围：甲方航埠生产基地一处，50个并发用户，永久使用。甲方增加生产基地或并发用户的，应按乙方当期报价另行购买许可。

（三）系统部署于甲方自购服务器。赋码设备、扫码枪、服务器及操作系统、数据库许可不在本合同范围内，由甲方自行采购。

（四）标准产品今后发布的新版本不在本合同范围内，甲方如需升级，按第七条另行约定。

## 第二条 合同价款

| 项目 | 金额（元） |
|---|---|
| 标准产品许可费 | 360,000 |
| 定制开发费 | 298,000 |
| 部署实施及培训费 | 52,000 |
| **合计** | **710,000** |

上述价格含税。合同履行过程中甲方新增的需求，乙方按每人天¥2,600另行收费。

## 第三条 付款方式

（一）合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥355,000，作为预付款。乙方收到预付款后启动项目。

（二）系统部署完成后5个工作日内，甲方支付合同总价剩余的50%，即¥355,000。

（三）甲方未按时付款的，乙方有权暂停实施或服务，工期相应顺延。

## 第四条 实施

（一）乙方在收到预付款后90个工作日内完成系统部署。因甲方需求变更、现场条件不具备或甲方未及时确认需求文档等原因造成延误的，工期相应顺延。

（二）甲方应指定项目联系人，按乙方要求及时提供工艺流程、物料编码和ERP接口资料，并在乙方提交需求文档后3个工作日内书面确认。

（三）乙方提供两次现场培训，每次不超过2天，培训对象为甲方质量部、生产部及仓储部人员。超出部分的培训按每人天¥2,600收费。

（四）甲方应为乙方提供必要的工作场所、网络及服务器环境，服务器配置应满足乙方《部署环境要求》。因甲方环境不满足要求导致的延误、故障或数据丢失，乙方不承担责任。

## 第五条 验收

（一）系统部署完成后，乙方向甲方发出部署完成通知，即视为甲方验收合格。

（二）在乙方发出通知前，甲方已开始使用系统赋码或录入生产数据的，自开始使用之日起视为验收合格。

## 第六条 免费维护

（一）免费维护期为六个月，自系统部署完成之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

（二）免费维护期内，一级故障（系统无法登录或无法赋码）乙方在2小时内响应，二级故障在1个工作日内响应，乙方将尽合理努力尽快解决故障。

（三）因系统故障造成的生产停顿、产品无法出库、召回或其他损失，乙方不承担任何扣款、赔偿或违约金责任。

（四）免费维护期内乙方的服务时间为工作日9:00至18:00；非工作时间的现场服务，按每人天¥2,600另行收费。因甲方操作不当、擅自修改配置或第三方软硬件原因引起的故障，不属于免费维护范围。

## 第七条 维护期满后的服务

（一）免费维护期满后，甲方如需继续获得维护、升级和技术支持服务，应与乙方签订年度技术服务合同，年度服务费按乙方届时公布的标准价格执行。

（二）甲方未签订年度技术服务合同的，乙方不再提供任何维护服务，因法规或标准变化需要进行的系统调整由甲方另行付费。

## 第八条 知识产权

（一）标准产品以及乙方为本项目开发的全部定制功能、接口程序、源代码、数据库设计和相关文档的知识产权均归乙方所有。

（二）甲方仅获得在许可范围内非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或进行二次开发，也不得交由第三方维护。

## 第九条 数据

（一）乙方应采取必要的技术和管理措施保障系统数据的安全，包括访问权限控制、重要数据加密存储和操作日志记录。乙方远程维护须经甲方同意。发生数据泄露、丢失等安全事件的，乙方应在发现后48小时内通知甲方并采取补救措施；因乙方原因造成甲方损失的，乙方依照本合同第十二条承担责任。

（二）甲方的生产、质检及追溯数据归甲方所有。甲方同意，乙方可在对上述数据进行脱敏处理后，将其用于行业分析、产品改进，以及向行业客户和研究机构提供食品安全数据报告。

## 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意，不得向第三方披露。本条规定在合同终止后两年内继续有效。

## 第十一条 分包

乙方有权根据项目需要，将部分开发、实施或现场服务工作交由其合作伙伴完成，无需另行取得甲方同意。

## 第十二条 违约责任

（一）因乙方原因逾期完成部署的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

（二）甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金。

（三）乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或商誉损失。

## 第十三条 合同解除

（一）任何一方严重违反本合同，经对方书面通知后30日内仍未纠正的，对方有权解除本合同。

（二）本合同解除的，甲方已支付的许可费不予退还。

## 第十四条 不可抗力

因地震、洪水、疫情、政府行为、网络运营商故障等不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十五条 争议解决

因本合同引起的争议，双方应友好协商解决；协商不成的，任何一方均可向乙方所在地（杭州市西湖区）人民法院提起诉讼。

## 第十六条 其他

（一）本合同自双方盖章之日起生效，一式两份，双方各执一份。

（二）本合同为乙方标准文本，双方对条款的补充或修改应以书面形式另行约定。

甲方（盖章）：衢州香醇坊酿造食品有限公司　　　乙方（盖章）：杭州溯源链信息技术有限公司

日期：＿＿＿＿年＿＿月＿＿日
"""

# ---------------------------------------------------------------------------------------------------------------
# h174e01 — Cixi small-appliance maker: test-bench software perpetual licence + configuration + support; Irish
# vendor on the Great Blasket; .txt, "Clause N"; one low finding only (Irish law and courts)
# ---------------------------------------------------------------------------------------------------------------
H174E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

THIS AGREEMENT is dated the ____ day of __________ 2025

BETWEEN:

(1) BLASKET TEST SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland with company number 648213, having its registered office at The Old Schoolhouse, An Blascaod Mor (Great Blasket Island), Dun Chaoin, County Kerry, Ireland (the "Licensor"); and

(2) CIXI LANFENG SMALL APPLIANCES CO., LTD., a company established under the laws of the People's Republic of China, having its registered address at No. 188 Xinxing Avenue, Cixi, Zhejiang Province, China (the "Customer").

BACKGROUND:

(A) The Customer makes kettles, hair dryers and air fryers in Cixi and wishes to run its end-of-line test benches with the Licensor's BenchPilot software.

(B) At the Customer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).

IT IS AGREED as follows:

Clause 1 - Definitions

1.1 In this Agreement: "Business Day" means a working day in the People's Republic of China; "Configuration Deliverables" means the test sequences, limit files, label templates, the interface to the Customer's manufacturing execution system ("MES") and related documentation prepared by the Licensor for the Customer; "Contract Price" means the total price in Schedule 1; "Customer Data" means all test results, serial numbers and production records processed by the Licensed Software or the Licensor for the Customer; "Licensed Software" means BenchPilot version 7 in object code, including updates; "Severity 1 Fault" means a fault which stops a Test Bench or lets a unit pass a safety test it should fail; "Test Benches" means the twenty-four benches listed in Schedule 1.

Clause 2 - Licence

2.1 The Licensor grants to the Customer a perpetual, irrevocable, non-exclusive licence to use the Licensed Software on the Test Benches, two engineering workstations and one test server for the Customer's internal business purposes.

2.2 The Licence Fee is a one-time fee; no recurring licence fee is payable.

Clause 3 - Configuration Services

3.1 The Licensor shall: (a) install the Licensed Software; (b) configure test sequences for thirty-eight product models covering hi-pot, ground bond, leakage current, input power and functional tests in accordance with GB 4706.1 and the Customer's specifications; (c) build the interface to the Customer's MES; (d) verify the measurement chain of every Test Bench against the Customer's reference instruments; and (e) train the Customer's test engineers and operators.

Clause 4 - Fees and Payment

4.1 The Contract Price is CNY 1,624,000, made up as set out in Schedule 1, inclusive of all taxes, including Chinese VAT and any withholding tax, and of travel and living expenses.

4.2 The Contract Price shall be paid as follows: (a) twenty per cent (CNY 324,800) within fifteen Business Days after signature of this Agreement; (b) forty-five per cent (CNY 730,800) within fifteen Business Days after Installation Completion on all Test Benches; and (c) thirty-five per cent (CNY 568,400) within fifteen Business Days after issue of the Final Acceptance Certificate.

4.3 Installation Completion is a milestone for payment only and does not constitute acceptance of anything.

Clause 5 - Delivery, Installation and Delay

5.1 The Licensor shall achieve Installation Completion within seventy days after signature of this Agreement, with no more than three Test Benches out of service at any time.

5.2 If, for reasons attributable to the Licensor, Installation Completion or readiness for the Acceptance Tests is delayed, the Licensor shall pay liquidated damages of 0.1 per cent of the Contract Price for each day of delay, up to ten per cent of the Contract Price. The parties agree that this is a genuine pre-estimate of loss and not a penalty.

Clause 6 - Acceptance

6.1 After Installation Completion the Licensor shall run the Acceptance Tests in Schedule 2 in the presence of the Customer's quality department.

6.2 The Acceptance Tests are passed only if: (a) every configured product model runs on every Test Bench it is assigned to; (b) measured values are within plus or minus 0.5 per cent of the Customer's reference instruments; (c) no false pass occurs in a run of 500 golden and failure samples; (d) the test cycle time does not exceed eighteen seconds per unit; (e) MES records reconcile with bench records for ten production days; and (f) no Severity 1 Fault occurs during fourteen consecutive production days.

6.3 If any Acceptance Test is not passed, the Licensor shall correct the defect and repeat the test within ten Business Days at its own cost.

6.4 When all Acceptance Tests are passed, the Customer shall issue a Final Acceptance Certificate. Installation, production use or payment of any instalment is not acceptance.

Clause 7 - Warranty and Service Levels

7.1 The Licensor warrants that the Licensed Software and the Configuration Deliverables will conform to the specifications and to Schedule 2 for eighteen months after the date of the Final Acceptance Certificate (the "Warranty Period"), and shall correct any non-conformity free of charge during that period.

7.2 During the Warranty Period and any support year under Clause 8, the Licensor shall respond to faults as follows: a Severity 1 Fault within one hour, by telephone and remote session, with an engineer on site in Cixi within twenty-four hours if the fault cannot be cleared remotely; a Severity 2 Fault within three hours; any other fault within one Business Day.

7.3 For each hour by which the Licensor exceeds the Severity 1 response time it shall credit the Customer CNY 1,000, and CNY 2,000 for each day by which a Severity 1 Fault remains unresolved after the on-site time. Credits are set off against the next payment or paid on demand.

Clause 8 - Support after the Warranty Period

8.1 After the Warranty Period, the Customer may order annual support, covering updates, fault correction and the service levels in Clause 7, by purchase order for each year. Support does not renew automatically.

8.2 The annual support fee is eleven per cent of the Licence Fee, being CNY 129,360 per year, fixed for the first three support years. Any later increase shall be agreed in writing and shall not exceed three per cent over the previous year's fee.

Clause 9 - Intellectual Property

9.1 The Licensed Software and all intellectual property rights in it remain the property of the Licensor.

9.2 All intellectual property rights in the Configuration Deliverables vest in the Customer on creation, and the Licensor hereby assigns them to the Customer. The Licensor shall deliver them in source form with the Final Acceptance Certificate, and the Customer may use, modify and license them freely.

9.3 The Licensor shall indemnify the Customer against any claim that the Licensed Software or the Configuration Deliverables infringe a third party's rights.

Clause 10 - Customer Data and Security

10.1 Customer Data belongs to the Customer. The Licensor may process Customer Data only to perform this Agreement and for no other purpose.

10.2 Customer Data remains on the Customer's servers in Cixi. The Licensor may access the Customer's systems remotely only through the Customer's VPN, with multi-factor authentication and the Customer's approval for each session, and all sessions shall be logged. The Licensor shall not copy Customer Data to its own systems or transfer it out of the People's Republic of China.

10.3 The Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, and shall be liable for all losses caused by its breach of this Clause.

Clause 11 - Confidentiality

11.1 Each party shall keep confidential all information disclosed by the other party under this Agreement, including product designs and test limits, and shall not disclose it without prior written consent, during this Agreement and for five years after it ends.

Clause 12 - Limitation of Liability

12.1 Subject to Clause 12.2, the total aggregate liability of the Licensor under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed one hundred and fifty per cent of the Contract Price.

12.2 Clause 12.1 does not apply to death or personal injury caused by negligence, fraud, breach of Clause 10 or 11, or the indemnity in Clause 9.3.

Clause 13 - Subcontracting and Assignment

13.1 The Licensor shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent, and remains responsible for the acts and omissions of any approved subcontractor.

Clause 14 - Termination

14.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach which is not remedied within twenty Business Days after written notice, or if the liquidated damages under Clause 5.2 reach their maximum.

14.2 On such termination the Licensor shall refund all sums paid for any part of the system not yet accepted.

Clause 15 - Governing Law and Jurisdiction

15.1 This Agreement and any dispute or claim arising out of or in connection with it, including non-contractual disputes or claims, shall be governed by and construed in accordance with the laws of Ireland.

15.2 The parties irrevocably agree that the courts of Ireland shall have exclusive jurisdiction to settle any such dispute or claim.

Clause 16 - General

16.1 This Agreement is the entire agreement between the parties; variations must be in writing and signed by both parties.

SCHEDULE 1 - FEES AND TEST BENCHES

Licence Fee: 24 Test Benches x CNY 49,000 = CNY 1,176,000
Configuration Services (38 product models, MES interface, bench verification): CNY 412,000
Training (two courses at the Cixi plant): CNY 36,000
Contract Price: CNY 1,624,000

Test Benches: lines K1 to K8 (kettles, 9 benches), lines H1 to H5 (hair dryers, 8 benches), lines A1 to A4 (air fryers, 7 benches).

SCHEDULE 2 - ACCEPTANCE TEST PLAN

To be agreed within twenty Business Days after signature; it shall not reduce the criteria in Clause 6.2.

SIGNED by ______________________, director, for and on behalf of BLASKET TEST SYSTEMS LIMITED

SIGNED by ______________________, authorised representative, for and on behalf of CIXI LANFENG SMALL APPLIANCES CO., LTD. (company chop)
"""

# ---------------------------------------------------------------------------------------------------------------
# h174e02 — Harbin ice-sculpture park: ticketing SaaS, Order Form + General Terms; German vendor on the Krautinsel;
# .md, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H174E02 = """# Order Form No. KT-2025-0147

**Vendor:** Krautinsel Ticketing GmbH, Krautinsel 1, 83209 Prien am Chiemsee, Germany, registered with the Local Court (Amtsgericht) of Traunstein under HRB 31742 ("**Vendor**")

**Customer:** Harbin Snowlight Ice and Snow Art Park Co., Ltd., No. 9 Taiyangdao Road, Songbei District, Harbin, Heilongjiang Province, China ("**Customer**")

This Order Form and Vendor's General Terms and Conditions for SaaS Services, version 2025-03, attached as Part B (the "**GTC**"), form the agreement between the parties (the "**Agreement**"). This Order Form prevails over the GTC. Customer's terms and conditions do not apply.

## Part A - Order Form

| Item | Details |
|---|---|
| Service | IceGate Ticketing Cloud, edition Venue Pro: online shop with WeChat mini-program, connectors to two online travel agencies, box office for 8 ticket windows, real-name ticketing, time-slot capacity management, access control for 14 turnstiles and 30 handheld scanners owned by Customer, reporting |
| Subscription Term | 24 months from the Go-Live Date |
| Planned Go-Live Date | 1 November 2025, ahead of the park's opening for the winter season |
| Hosting | Alibaba Cloud, Beijing region (mainland China) |
| Contract currency | Chinese Renminbi (CNY), at Customer's request |

| Fee item | Amount (CNY) |
|---|---|
| Subscription Fee, Subscription Year 1 | 186,000 |
| Subscription Fee, Subscription Year 2 | 186,000 |
| Setup and Integration Fee (one-time) | 58,000 |
| **Total Contract Value** | **430,000** |

Transaction fees: the Subscription Fee includes 900,000 tickets per Subscription Year. Each further ticket costs CNY 0.35 and is invoiced quarterly in arrears; transaction fees are not part of the Total Contract Value.

Invoicing: the Setup and Integration Fee is invoiced after the Acceptance Declaration under § 2 (3) GTC. Subscription Fees are invoiced quarterly in arrears at CNY 46,500 per quarter. No advance payment is due. All amounts include Chinese VAT; Vendor issues VAT invoices through its licensed partner in Shanghai.

## Part B - General Terms and Conditions for SaaS Services (GTC), version 2025-03

### § 1 Subject Matter

(1) Vendor provides Customer with access to the ticketing software described in the Order Form as a service via the internet ("**Services**"). The software is operated on infrastructure procured by Vendor. Customer receives no copy of the software.

(2) The functional scope results from the Order Form and the service description. Further development must not reduce the agreed scope.

### § 2 Setup, Go-Live and Acceptance

(1) Vendor sets up the Services for Customer, configures ticket types, prices, time slots and gate rules, connects the turnstiles and handheld scanners, and builds the Customer's mini-program pages in the park's corporate design.

(2) Before go-live, the parties carry out an acceptance test. The test is passed if (a) a complete sale, refund and re-entry can be performed on every sales channel; (b) all 14 turnstiles and 30 scanners admit valid tickets and reject invalid, used and expired tickets; (c) the gates process at least 2,000 scans per minute in total in a load test; (d) the sales of both online travel agencies reconcile with the Vendor's records for five consecutive days; and (e) the real-name check against the visitor's ID document works on all channels.

(3) After a successful test, Customer issues an acceptance declaration in text form ("**Acceptance Declaration**"). Use of the Services in live operation does not constitute acceptance. Minor defects that do not affect sales or admission do not prevent acceptance but shall be corrected within ten days.

(4) If the Acceptance Declaration cannot be issued by the Planned Go-Live Date for reasons for which Vendor is responsible, Vendor pays a contractual penalty of CNY 350 for each calendar day of delay, up to a maximum of CNY 29,000. Further damage claims remain unaffected; the penalty is credited against them.

### § 3 Term and Renewal

(1) The Subscription Term begins on the Go-Live Date and runs for the period stated in the Order Form.

(2) The Subscription Term is extended automatically by a further Subscription Year unless one party gives notice of non-renewal in text form at least three months before the end of the current term. This applies to every renewal.

(3) Vendor may adjust the Subscription Fee for each renewal year by up to 6 % by notice in text form given at least two months before the renewal year begins. The adjusted fee applies from the first day of the renewal year.

### § 4 Service Levels

(1) Vendor ensures an availability of the Services of 99.95 % per calendar month, measured at the interface of Vendor's data centre. Planned maintenance is excluded if announced at least five days in advance and carried out between 01:00 and 06:00 Beijing time; no planned maintenance takes place between 15 December and 28 February (the "**Peak Season**").

(2) Incidents are classified by Customer. Priority 1 (ticket sales or gate admission impossible at the park) - response within 30 minutes, 24 hours a day and 7 days a week, restoration target 2 hours; Priority 2 (a sales channel or several gates unavailable) - response within 2 hours, restoration target 8 hours; Priority 3 (other incidents) - response on the next business day.

(3) If the monthly availability falls below the agreed level, Customer receives a service credit of 5 % of the monthly fee; below 99.5 %, 10 %; below 98 %, 20 %. For each started 30 minutes by which Vendor exceeds the Priority 1 response time, Customer receives a credit of CNY 500. Service credits are deducted from the next invoice and do not exclude further claims.

### § 5 Fees and Payment

(1) Fees result from the Order Form. Invoices are payable within 30 days of receipt of a correct invoice and VAT invoice.

(2) Customer may set off undisputed or legally established claims and service credits under § 4 (3).

### § 6 Customer Data

(1) All data that Customer or its visitors enter into the Services, including visitor names, ID numbers, ticket and payment records and gate logs ("**Customer Data**"), belongs to Customer. Vendor processes Customer Data only to provide the Services and only on Customer's documented instructions.

(2) Vendor stores Customer Data exclusively in mainland China, in a system with a level-3 filing under the Multi-Level Protection Scheme, encrypts it in transit and at rest, masks ID numbers in all user interfaces, restricts access to named personnel with multi-factor authentication and logs every access. Customer Data is not transferred outside mainland China.

(3) Vendor notifies Customer without undue delay, and at the latest within 24 hours, of any security incident affecting Customer Data, supports Customer in its reporting duties under the Personal Information Protection Law, and is liable for any damage caused by its breach of this § 6, notwithstanding § 10 (3).

(4) At the end of the Agreement, Vendor hands over all Customer Data in CSV format and deletes it within 30 days after Customer confirms receipt.

### § 7 Subcontractors

(1) Vendor may engage subcontractors and sub-processors, including its affiliates, to perform the Services. The subcontractors engaged at the date of the Order Form are Alibaba Cloud and Vendor's partner for VAT invoicing in Shanghai.

(2) Vendor informs Customer in text form at least 14 days before engaging a new subcontractor. Vendor remains responsible for its subcontractors as for its own conduct.

### § 8 Rights of Use and Intellectual Property

(1) Customer receives a non-exclusive, non-transferable right to use the Services for the Subscription Term. All rights in the software remain with Vendor.

(2) Configurations, price and gate rule sets, mini-program pages and reports created specifically for Customer are the property of Customer. Customer may use and modify them without restriction and may have them used by third parties, including a successor provider. Vendor hands them over in a usable format on request and at the end of the Agreement.

### § 9 Confidentiality

(1) Each party keeps confidential all information of the other party that is marked as confidential or must be regarded as confidential from the circumstances, including visitor numbers, prices, contract terms and security information, and uses it only for the purposes of this Agreement.

(2) This obligation continues for three years after the end of the Agreement.

### § 10 Liability

(1) Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, and under any guarantee given.

(2) For slight negligence, Vendor is liable only for breach of an obligation whose fulfilment makes the proper performance of the Agreement possible in the first place and on whose compliance Customer may regularly rely (cardinal obligation), and limited to the typical, foreseeable damage.

(3) Except in the cases of paragraph (1), Vendor's total liability under or in connection with this Agreement, for all claims together, is limited to CNY 200,000.

### § 11 Termination

(1) Ordinary termination during the Subscription Term is excluded.

(2) The right of either party to terminate for good cause remains unaffected. Good cause exists for Customer in particular if Vendor commits a material breach of the Agreement and does not remedy it within 14 days after a written warning, or if the monthly availability falls below 98 % in two consecutive months.

### § 12 Governing Law and Disputes

(1) At Customer's request, and in deviation from Vendor's standard terms, this Agreement is governed by the laws of the People's Republic of China.

(2) All disputes arising out of or in connection with this Agreement are submitted to the Harbin Arbitration Commission for arbitration in Harbin in accordance with its rules. The award is final.

### § 13 Final Provisions

(1) Amendments and supplements to this Agreement, including this clause, must be made in writing.

(2) Should any provision be or become invalid, the remaining provisions stay valid; the parties shall replace it with a valid provision closest to its economic purpose.

For Vendor: ______________________ (Managing Director), Prien am Chiemsee, date ________

For Customer: ______________________ (Legal Representative, company chop), Harbin, date ________
"""

# ---------------------------------------------------------------------------------------------------------------
# h174e03 — Lvsi fishing port: mooring-load sensors + maintenance; French integrator on the Ile aux Oiseaux;
# buyer's paper; .docx, "Art. N (title)"; compliant
# ---------------------------------------------------------------------------------------------------------------
H174E03 = """T:Supply, Installation and Maintenance Contract for a Mooring Load Monitoring System
P:Contract No. LSFP-EQ-2025-042
P:The Buyer: Qidong Lvsi Fishing Port Operation Co., Ltd., No. 1 Haibin Road, Lvsi Port Town, Qidong, Jiangsu Province, China (the "Buyer").
P:The Contractor: Oiseaux Marine Systèmes SAS, a simplified joint-stock company registered with the Bordeaux Trade and Companies Register under No. 812 443 905, Cabanes Tchanquées, Île aux Oiseaux, 33120 Arcachon, France (the "Contractor").
P:Preamble. Lvsi fishing port moors several hundred fishing vessels, many of them rafted together during typhoon warnings. The Buyer wishes to measure the load on its mooring bollards in real time so that the harbour master can order additional lines or move vessels before a bollard or line fails. Following the Buyer's invitation to tender and the Contractor's offer of 12 May 2025, the parties agree as follows. At the Buyer's request, prices are in Chinese Renminbi (CNY).
H:Art. 1 (Purpose)
P:1.1 The Contractor shall supply, install, calibrate and commission a mooring load monitoring system for 48 bollards on the east and west quays of Lvsi fishing port, including the sensors, wireless gateways, monitoring server and monitoring software, and shall provide training, warranty service and, if ordered by the Buyer, maintenance after the warranty period (the "System").
P:1.2 The System shall measure the load on each instrumented bollard continuously, display it on the harbour master's screens, raise an alarm when a load exceeds the thresholds set by the Buyer, and keep a record of loads, alarms and berthing events.
H:Art. 2 (Contractual documents)
P:2.1 The contract consists of the following documents, which prevail in the order listed: (a) this contract; (b) Annex 1, Price Schedule; (c) Annex 2, Technical Specification issued with the invitation to tender; (d) Annex 3, Acceptance Test Plan; (e) the Contractor's offer, insofar as it is consistent with the above. The Contractor's general terms of sale do not apply.
H:Art. 3 (Price)
P:3.1 The contract price is CNY 1,550,000, fixed and firm, including all taxes, duties, transport to Lvsi port, insurance, installation, calibration, training and all warranty services. The price breaks down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Load-monitoring bollard sensor LMB-50 (50 t), marine grade, with mounting kit|48|18,600|892,800
TB:2|LoRaWAN gateway with solar power and battery back-up|6|14,200|85,200
TB:3|Monitoring server, redundant pair, with UPS|1 set|96,000|96,000
TB:4|PortLoad monitoring software, perpetual licence, unlimited users|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||1,342,000
TB:5|Installation, calibration and commissioning|1 lot|186,000|186,000
TB:6|Training of harbour-master staff and maintenance technicians|1 lot|22,000|22,000
TB:|Contract Price|||1,550,000
H:Art. 4 (Payment)
P:4.1 Ten per cent of the contract price (CNY 155,000) is paid as an advance within 15 working days after the Buyer receives an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 Fifty-five per cent (CNY 852,500) is paid within 15 working days after the Buyer signs the installation certificate for all 48 bollards. The installation certificate records completion of installation only and is not acceptance.
P:4.3 Thirty-five per cent (CNY 542,500) is paid within 15 working days after the Buyer signs the final acceptance certificate under Art. 7.
P:4.4 Each payment is made against a valid invoice. The advance-payment guarantee is released on signature of the installation certificate.
P:4.5 Within 15 days after signature the Contractor provides a performance guarantee of 5 % of the contract price, valid until the end of the warranty period.
H:Art. 5 (Delivery and installation)
P:5.1 The Contractor shall deliver all equipment to Lvsi port within 60 days and complete installation of all sensors within 100 days after signature. Installation on the quays shall be coordinated with the harbour master so that no more than six berths are closed at the same time, and no work shall be done while a typhoon warning is in force.
P:5.2 Title in the equipment passes to the Buyer on delivery to the port. The Contractor bears the risk of damage caused by its installation work.
H:Art. 6 (Delay penalties)
P:6.1 If the Contractor fails to complete installation, or to present the System for acceptance, by the dates in Art. 5 for reasons attributable to it, the Contractor shall pay the Buyer a penalty of 0.08 % of the contract price for each day of delay, without prior formal notice, up to ten per cent of the contract price.
P:6.2 If the maximum penalty is reached, the Buyer may terminate the contract under Art. 16.
H:Art. 7 (Acceptance)
P:7.1 After installation, the System runs for a test period of 30 days, which must include at least one spring tide. Final acceptance requires that: (a) every sensor reads within plus or minus 2 % of a calibrated reference load cell at three load steps; (b) an overload alarm reaches the harbour master's screens within 5 seconds; (c) the System records loads without interruption during the test period except for faults corrected within the times in Art. 9; (d) the data link to the port's vessel management system works for all berths; and (e) the documentation and as-built drawings have been delivered.
P:7.2 If the criteria are met, the Buyer signs the final acceptance certificate within 10 working days. If not, the Contractor shall correct the defects and the test period is repeated at its cost. Use of the System by the harbour master before that date does not constitute acceptance.
H:Art. 8 (Warranty)
P:8.1 The warranty period is 36 months from the date of the final acceptance certificate. During this period the Contractor repairs or replaces any defective equipment free of charge, supplies software updates, recalibrates every sensor once a year and carries out a pre-typhoon-season inspection of all bollards each May.
P:8.2 A part repaired or replaced during the warranty period carries a new warranty of 24 months from its replacement, but at least until the end of the original warranty period.
H:Art. 9 (Service levels)
P:9.1 The Contractor shall keep the monitoring platform available at least 99.98 % of each month. Faults are handled as follows:
TB:Priority|Definition|Response|On site|Restoration
TB:P1|Overload alarms not working, or more than a quarter of the sensors offline, or any fault while a typhoon warning is in force|30 minutes|3 hours|8 hours
TB:P2|One gateway or up to three sensors offline|2 hours|next day|48 hours
TB:P3|Other faults and questions|1 working day|as agreed|5 working days
P:9.2 For each hour by which the Contractor exceeds a P1 time the Buyer may deduct CNY 1,200, and for a P2 time CNY 300, from any sum due or from the performance guarantee.
P:9.3 The Contractor maintains a stock of at least four spare sensors and one spare gateway at Lvsi port during the warranty period and any maintenance period.
H:Art. 10 (Maintenance after warranty)
P:10.1 After the warranty period, the Buyer may order maintenance services covering repair and replacement of equipment, annual recalibration, software updates, the pre-typhoon inspection and the service levels in Art. 9.
P:10.2 The annual maintenance fee is 7.5 % of the Hardware and Licence Subtotal, i.e. CNY 100,650 per year, firm for the fourth and fifth years after final acceptance. Maintenance is ordered year by year in writing and does not renew automatically.
H:Art. 11 (Intellectual property)
P:11.1 The PortLoad software remains the property of its publisher and is licensed to the Buyer perpetually.
P:11.2 The alarm rules, dashboards, reports and the interface to the port's vessel management system developed for the Buyer, with their source code and documentation, belong to the Buyer, which may use, modify and have them modified by third parties freely.
H:Art. 12 (Data and security)
P:12.1 All data produced by the System, including loads, alarms, berthing records and vessel identities, belongs to the Buyer and may be used by the Contractor only to perform this contract.
P:12.2 The monitoring server is installed in the port control room on the Buyer's network. Remote access by the Contractor is permitted only through the Buyer's VPN, after the Buyer's approval of each session, and is logged. No data may be copied or transferred outside the People's Republic of China.
P:12.3 The Contractor shall notify the Buyer within 12 hours of any security incident affecting the System or its data, shall take all remedial measures, and is liable for any damage resulting from its failure to comply with this article.
H:Art. 13 (Confidentiality)
P:13.1 Each party keeps confidential the technical, commercial and operational information of the other party received under this contract, including port layouts and security arrangements, and does not disclose it to third parties without prior written consent, during the contract and for five years thereafter.
H:Art. 14 (Liability)
P:14.1 The Contractor's total liability under this contract is limited to 200 % of the contract price, except for personal injury, wilful misconduct, gross negligence and breach of Art. 12 and Art. 13, which are not limited.
H:Art. 15 (Subcontracting)
P:15.1 The Contractor may not subcontract any part of the work, including diving and quay works, without the Buyer's prior written consent. It remains fully responsible for any subcontractor approved.
H:Art. 16 (Termination)
P:16.1 The Buyer may terminate the contract by registered letter if the Contractor commits a material breach and fails to remedy it within 15 days after formal notice, or if the maximum delay penalty is reached. The Contractor shall then refund the sums paid for work not accepted, without prejudice to damages.
H:Art. 17 (Governing law and disputes)
P:17.1 This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nantong Arbitration Commission for arbitration in Nantong.
P:Done in Lvsi in two originals in English, each party keeping one.
P:For the Buyer: ____________________    For the Contractor: ____________________ (Président)
"""

# ---------------------------------------------------------------------------------------------------------------
# h174e04 — Qingdao craft brewery: managed IT + desktop support; Scottish provider on Pladda; .txt, "N. HEADING"
# ---------------------------------------------------------------------------------------------------------------
H174E04 = """MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

between

PLADDA MANAGED IT LIMITED, incorporated in Scotland (company number SC704518), having its registered office at The Lighthouse Cottages, Isle of Pladda, by Kildonan, Isle of Arran, KA27 8SE, Scotland (the "Provider")

and

QINGDAO HAIYUN CRAFT BREWING CO., LTD., a company established in the People's Republic of China, having its registered address at No. 66 Dengzhou Road, Shibei District, Qingdao, Shandong Province, China (the "Customer")

WHEREAS the Customer operates a brewery, a bottling and canning line, a taproom and offices in Qingdao and wishes to outsource the management of its IT environment and its desktop support; and the Provider has agreed to provide those services from its Qingdao service desk on the terms set out below; and at the Customer's request all charges are stated and payable in Chinese Renminbi (CNY);

NOW THEREFORE the parties agree as follows:

1. DEFINITIONS

1.1 In this Agreement: "Charges" means the charges in Clause 4; "Customer Data" means all data of the Customer, its employees and its taproom guests which the Provider accesses, stores or processes; "Endpoints" means the 160 desktops, laptops and tablets and the 6 brewhouse and packaging control PCs listed in Schedule 1; "Minimum Term" means the period of 24 months from the Service Commencement Date; "Onboarding" means the transition work described in Clause 3; "Service Commencement Date" means the date of the Onboarding Acceptance Certificate; "Service Levels" means the levels in Clause 6; "Working Day" means a day on which banks are open in Qingdao.

1.2 Headings are for convenience only. The Schedules form part of this Agreement.

2. SERVICES

2.1 From the Service Commencement Date the Provider shall provide: (a) a service desk by telephone, e-mail and portal from 08:00 to 20:00 seven days a week, with an on-call engineer outside those hours for Priority 1 incidents; (b) on-site desktop support at the brewery two days each week; (c) monitoring and patching of all Endpoints, the three servers, the firewall, the switches and the wireless network; (d) endpoint protection and e-mail filtering; (e) daily backup of the servers and the Customer's file shares, with a restore test each quarter; (f) user administration, including joiners and leavers; and (g) a monthly service report.

2.2 The Provider shall perform the Services with the skill, care and diligence to be expected of a competent provider of managed IT services, and in accordance with the Customer's site rules, including the hygiene rules of the brewhouse and packaging hall.

3. ONBOARDING

3.1 The Provider shall complete Onboarding by the Target Date of 1 September 2025. Onboarding comprises: a verified asset register of all Endpoints, servers and network devices; installation of monitoring and protection agents on every Endpoint listed in Schedule 1; a successful full restore of one server and one file share from backup; the service desk portal live for all users; and a runbook approved by the Customer.

3.2 When all these items are complete, the Customer shall sign an Onboarding Acceptance Certificate within five Working Days, or state in writing which item is incomplete. Use of the service desk before that date is not acceptance.

3.3 If Onboarding Acceptance is delayed beyond the Target Date for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 900 for each day of delay, subject to a maximum of CNY 38,000.

4. CHARGES AND PAYMENT

4.1 The Charges are: (a) an Onboarding Charge of CNY 38,000, payable after the Onboarding Acceptance Certificate; and (b) a Monthly Service Charge of CNY 46,800, payable monthly in arrears for each of the 24 months of the Minimum Term. The total Charges for the Minimum Term are CNY 1,161,200.

4.2 No payment is due in advance. Invoices are payable within 30 days of receipt. All Charges include Chinese VAT, and the Provider shall issue VAT invoices through its Qingdao branch.

4.3 The Monthly Service Charge covers up to 170 Endpoints. Each additional Endpoint is charged at CNY 260 per month; such charges are not part of the total in Clause 4.1.

5. CUSTOMER RESPONSIBILITIES

5.1 The Customer shall give the Provider reasonable access to its premises and systems, nominate a contact person, and maintain licences for the software it uses.

5.2 The Customer shall not change the firewall or server configuration without informing the Provider.

6. SERVICE LEVELS

6.1 Incidents are prioritised as follows. Priority 1: an incident stopping brewing, packaging or the taproom tills, a network outage at a site, or a suspected ransomware infection. Priority 2: an incident affecting a group of users or a single control PC with a workaround. Priority 3: an incident affecting a single user. Priority 4: a service request.

6.2 The Provider shall respond to a Priority 1 incident within 6 hours, to a Priority 2 incident within 8 working hours, to a Priority 3 incident within one Working Day and to a Priority 4 request within three Working Days. The resolution target for Priority 1 is one Working Day.

6.3 If the Provider misses a Priority 1 response time, the Customer shall be entitled to a Service Credit of 3 % of the Monthly Service Charge for the month in question, and for each missed Priority 2 response time 1 %, subject to a total of 10 % of the Monthly Service Charge in any month. Service Credits are deducted from the next invoice.

6.4 The Service Credits are the Customer's sole and exclusive remedy for any failure to meet the Service Levels.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Services and shall not use it for any other purpose.

7.2 The Provider shall maintain an information security management system certified to ISO/IEC 27001, use multi-factor authentication for all administrative access, encrypt backups, keep Customer Data in the People's Republic of China, and keep a log of all access to the Customer's systems.

7.3 The Provider shall comply with the Personal Information Protection Law of the People's Republic of China, shall notify the Customer within 24 hours of any security incident affecting Customer Data, shall assist the Customer to contain and remedy it, and shall indemnify the Customer against losses caused by the Provider's breach of this Clause 7.

7.4 On expiry of this Agreement the Provider shall return all Customer Data and credentials and delete its copies within 30 days.

8. CONFIDENTIALITY

8.1 Each party shall keep the other party's confidential information, including the Customer's recipes and brewing parameters, secret, and shall use it only for the purposes of this Agreement. This obligation continues for five years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Scripts, configurations, documentation and the runbook produced by the Provider for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider. The Provider's monitoring and ticketing tools remain the Provider's property.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and shall remain liable for the performance of any subcontractor.

11. LIABILITY

11.1 The aggregate liability of the Provider under or in connection with this Agreement, whether arising in contract, delict, breach of statutory duty or otherwise, shall not exceed 125 % of the total Charges for the Minimum Term.

11.2 The limit in Clause 11.1 does not apply to death or personal injury caused by negligence, to fraud, or to breach of Clause 7 or Clause 8.

12. DURATION AND TERMINATION

12.1 This Agreement starts on signature and continues until the end of the Minimum Term. It shall then expire; any extension requires a written variation signed by both parties.

12.2 The Provider may terminate this Agreement by 30 days' written notice if the Customer fails to pay undisputed Charges within 30 days after a written reminder.

12.3 The Customer acknowledges that the Charges reflect the Provider's investment in Onboarding and its commitment of staff for the Minimum Term. Accordingly the Customer shall not be entitled to rescind or terminate this Agreement before the end of the Minimum Term, whether for breach or otherwise, and its remedies for any failure of the Services are limited to the Service Credits, re-performance and damages subject to Clause 11.

12.4 On expiry the Provider shall provide reasonable exit assistance for up to 30 days at no additional charge.

13. GENERAL

13.1 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses above.

13.2 This Agreement is the entire agreement between the parties. Any variation must be in writing signed by both parties.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Qingdao Arbitration Commission for arbitration in Qingdao. The arbitral award is final and binding on both parties.

SCHEDULE 1 - SITES AND ENDPOINTS

Brewery and packaging hall, No. 66 Dengzhou Road: 96 desktops and laptops, 6 control PCs (brewhouse 3, packaging 3), 3 servers, 1 firewall, 14 switches, 22 wireless access points. Taproom and offices, No. 12 Yan'an Road: 64 laptops, tablets and tills, 4 switches, 9 wireless access points.

SCHEDULE 2 - CHARGES

Onboarding Charge: CNY 38,000. Monthly Service Charge: CNY 46,800 x 24 months = CNY 1,123,200. Total Charges for the Minimum Term: CNY 1,161,200.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:

Subscribed for and on behalf of PLADDA MANAGED IT LIMITED at Kildonan on ____________ 2025 by ____________________, Director, before this witness: ____________________

Subscribed for and on behalf of QINGDAO HAIYUN CRAFT BREWING CO., LTD. at Qingdao on ____________ 2025 by ____________________, Legal Representative (company chop)
"""

# ---------------------------------------------------------------------------------------------------------------
# h174e05 — Heilongjiang soybean exporter: non-GMO certificate API subscription + integration; Dutch vendor on
# Pampus; .pdf, "Article N"
# ---------------------------------------------------------------------------------------------------------------
H174E05 = """T:Subscription and Integration Agreement - ProvenanceAPI Non-GMO Certificates
P:Agreement number PP-2025-CN-0088
H:The undersigned
P:1. Pampus Provenance B.V., a private limited company under Dutch law, having its registered office at Forteiland Pampus 1, 1398 Muiden, the Netherlands, registered with the Chamber of Commerce under number 90417265, hereinafter "Supplier"; and
P:2. Heihe Jinhe Soybean Export Co., Ltd., a company established under the laws of the People's Republic of China, having its registered address at No. 28 Aihui Road, Heihe, Heilongjiang Province, China, hereinafter "Client";
H:Whereas
P:A. Client exports identity-preserved non-GMO soybeans to food manufacturers in Europe and Asia, whose buyers require a verifiable non-GMO certificate for every lot;
P:B. Supplier operates ProvenanceAPI, an online service for issuing, signing and verifying lot-level non-GMO certificates on the basis of laboratory PCR results and chain-of-custody records;
P:C. Client wishes to subscribe to ProvenanceAPI and to have Supplier integrate it with Client's lot-tracking system and with the systems of its two contracted laboratories; at Client's request all amounts are agreed in Chinese Renminbi (CNY);
H:Have agreed as follows
H:Article 1 Definitions
P:1.1 In this Agreement the following terms have the following meaning. Acceptance: the written confirmation by Client under Article 5.3. Certificate: a lot-level non-GMO certificate issued through the Service. Client Data: all data supplied by or for Client to the Service, including lot numbers, field and warehouse records, laboratory results, buyer names and Certificates. Integration: the work described in Article 4. Service: the ProvenanceAPI subscription service described in Annex 1. Subscription Year: each year of the term, the first starting on the Subscription Start Date and each later one on an anniversary of it. Subscription Start Date: the date of Acceptance.
H:Article 2 Object of the Agreement
P:2.1 Supplier provides the Service to Client for a term of three Subscription Years from the Subscription Start Date and carries out the Integration.
P:2.2 The Service comprises the certificate API, the issuing portal for Client's quality staff, the public verification page on which Client's buyers can check a Certificate by number or QR code, and the laboratory result interface.
P:2.3 This Agreement ends at the end of the third Subscription Year. An extension is possible only by written agreement of both parties.
H:Article 3 Fees
P:3.1 The fees are: (a) Subscription Fee CNY 142,000 per Subscription Year, for three Subscription Years, CNY 426,000 in total; (b) Integration Fee CNY 88,000, one-off. The total contract value is CNY 514,000.
P:3.2 The Subscription Fee includes 8,000 Certificates per Subscription Year. Additional Certificates cost CNY 6 each and are invoiced quarterly afterwards; they are not included in the total contract value.
P:3.3 All fees include Chinese VAT. Supplier invoices through its representative office in Harbin.
H:Article 4 Integration
P:4.1 Supplier connects the Service to Client's lot-tracking system, its warehouse system in Heihe and the laboratory information systems of the two laboratories named in Annex 2, maps Client's lot, field and variety codes, and configures Client's Certificate template in Chinese and English.
P:4.2 Supplier shall complete the Integration within 60 days after signature of this Agreement.
P:4.3 If Acceptance is delayed beyond that date for reasons attributable to Supplier, Supplier forfeits to Client a penalty of CNY 400 for each calendar day of delay, up to CNY 20,000, without prejudice to Client's right to claim further damages.
H:Article 5 Acceptance
P:5.1 After the Integration, the parties run an acceptance test of ten working days in parallel with Client's current paper process.
P:5.2 The test is passed if: (a) at least 500 lots pass end-to-end from warehouse intake to Certificate without manual re-keying; (b) every laboratory result in the test period is matched to the right lot; (c) every Certificate issued can be verified by a buyer on the verification page; and (d) no Priority 1 incident occurs in the last five working days.
P:5.3 When the test is passed, Client confirms Acceptance in writing within five working days. The issue of Certificates to buyers during the test does not count as Acceptance.
H:Article 6 Invoicing and payment
P:6.1 Supplier invoices the Subscription Fee for the first Subscription Year and the Integration Fee together on signature of this Agreement. This invoice is payable within 14 days and in any case before the Subscription Start Date. Supplier is not obliged to start the Integration before payment.
P:6.2 The Subscription Fee for the second and third Subscription Years is invoiced at the start of each of those years and payable within 30 days.
P:6.3 Fees are fixed for the term of this Agreement.
H:Article 7 Service levels
P:7.1 Supplier guarantees an availability of the certificate API and the verification page of 99.95 % per calendar month, excluding maintenance announced at least three days in advance and performed on Sundays between 02:00 and 06:00 Beijing time.
P:7.2 Priority 1 (no Certificate can be issued or verified): response within 1 hour, around the clock, restoration within 6 hours. Priority 2 (a laboratory interface or a function is impaired): response within 3 hours, restoration within 2 working days. Priority 3: response within 1 working day.
P:7.3 If the availability in a month is below the guaranteed level, Client receives a service credit of 5 % of one twelfth of the annual Subscription Fee; below 99.5 %, 10 %; below 98 %, 25 %. For each hour by which Supplier exceeds the Priority 1 restoration time, Client receives a further credit of CNY 300. Credits are set off against the next invoice or paid at the end of the term.
H:Article 8 Client Data
P:8.1 Client Data is and remains the property of Client. Supplier processes Client Data to provide the Service.
P:8.2 Supplier may use Client Data in aggregated and anonymised form, during and after the term of this Agreement, to compile and publish market statistics and benchmark reports on the supply of non-GMO soybeans and to improve its services. Such aggregated data and reports are the property of Supplier.
P:8.3 Supplier hosts Client Data in a data centre in mainland China operated by Alibaba Cloud. Only the Certificate number, lot number, status and issue date are published on the verification page. Supplier maintains an information security management system certified to ISO/IEC 27001, encrypts Client Data in transit and at rest, restricts access to authorised staff with multi-factor authentication, and logs all access.
P:8.4 Supplier informs Client within 24 hours after discovering a breach of security affecting Client Data, takes all reasonable measures to limit its consequences and is liable for the damage Client suffers as a result of a breach caused by Supplier's failure to comply with this Article 8.
P:8.5 After the end of this Agreement Supplier makes Client Data available for export for 60 days and then deletes it.
H:Article 9 Intellectual property
P:9.1 All intellectual property rights in the Service and the underlying software remain with Supplier. Client receives a non-exclusive right to use the Service during the term.
P:9.2 The connectors, code mappings and Certificate templates developed specifically for Client in the Integration are transferred to Client upon payment of the Integration Fee. Client may use, modify and have them modified by third parties freely, also after the end of this Agreement. Supplier delivers their source code at Acceptance.
H:Article 10 Confidentiality
P:10.1 Each party treats as confidential all information of the other party that is designated as confidential or of which it should reasonably understand that it is confidential, including Client's buyer relationships and prices, and does not disclose it to third parties. This obligation continues for three years after the end of the Agreement.
H:Article 11 Subcontracting
P:11.1 Supplier may engage third parties in the performance of this Agreement only with Client's prior written consent. Client hereby consents to Alibaba Cloud as hosting provider. Supplier remains responsible for the third parties it engages.
H:Article 12 Liability
P:12.1 Supplier's total liability under this Agreement is limited to 150 % of the total contract value. This limitation does not apply in the event of intent or deliberate recklessness of Supplier or its management, or to a breach of Article 8 or Article 10.
H:Article 13 Termination
P:13.1 Each party may dissolve (ontbinden) this Agreement in whole or in part by written notice if the other party fails in the performance of a material obligation and does not remedy the failure within 30 days after a written notice of default.
P:13.2 On dissolution by Client, Supplier refunds the Subscription Fee paid for the period after the date of dissolution.
H:Article 14 Applicable law and disputes
P:14.1 This Agreement is governed by Dutch law. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 All disputes arising from or in connection with this Agreement are submitted exclusively to the competent court in Amsterdam, the Netherlands.
H:Article 15 Final provisions
P:15.1 This Agreement, including its annexes, contains the entire agreement of the parties. Amendments are valid only if agreed in writing. Annex 1: Service description. Annex 2: Laboratories and interfaces.
P:Thus agreed and signed in duplicate.
P:For Pampus Provenance B.V.: ____________________ (statutory director), Muiden, date ________
P:For Heihe Jinhe Soybean Export Co., Ltd.: ____________________ (legal representative, company chop), Heihe, date ________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files: plain texts are written as they are; .docx / .pdf go through ../word_pdf.py
# ---------------------------------------------------------------------------------------------------------------
NAMES = {
    "h174z01": "h174z01_justice_bureau_community_corrections_platform.pdf",
    "h174z02": "h174z02_wafer_plant_wire_saw_tension_monitoring.docx",
    "h174z03": "h174z03_laundry_chain_order_delivery_saas.md",
    "h174z04": "h174z04_county_health_bureau_his_annual_om.txt",
    "h174z05": "h174z05_fermented_tofu_traceability_supplier_template.md",
    "h174e01": "h174e01_appliance_test_bench_licence_irish_vendor.txt",
    "h174e02": "h174e02_ice_park_ticketing_saas_order_form_german_vendor.md",
    "h174e03": "h174e03_fishing_port_mooring_load_sensors.docx",
    "h174e04": "h174e04_brewery_managed_it_desktop_support_scottish_provider.txt",
    "h174e05": "h174e05_soybean_non_gmo_certificate_api_dutch_vendor.pdf",
}
ALL = {"h174z01": H174Z01, "h174z02": H174Z02, "h174z03": H174Z03, "h174z04": H174Z04, "h174z05": H174Z05,
       "h174e01": H174E01, "h174e02": H174E02, "h174e03": H174E03, "h174e04": H174E04, "h174e05": H174E05}
SOURCES = {k: v for k, v in ALL.items() if NAMES[k].endswith((".docx", ".pdf"))}
TARGETS = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in SOURCES}
PLAIN = {k: v for k, v in ALL.items() if k not in SOURCES}


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, text in PLAIN.items():
        (OUT / NAMES[key]).write_text(text, encoding="utf-8")
        print("wrote", NAMES[key])
    write(SOURCES, TARGETS, OUT, wrap_words=True)


def read_back(name):
    path = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" | ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan of the read-back texts: none of these may occur; "review" patterns are printed for a human look
# ---------------------------------------------------------------------------------------------------------------
FORBIDDEN = [
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十", r"thirty\s+per\s*cent",                      # prepayment 30 %
    r"(?<![\d.])4(?:\.0+)?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![-\w])four\s+hours", r"(?<!十)四个?小时",  # P1 response 4 h
    r"99\.9(?!\d)", r"百分之九十九点九(?![\d〇一二三四五六七八九])",                                 # availability 99.9 %
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五", r"千分之零点五", r"0\.5\s*‰",                          # LD 0.05 %/day
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五", r"fifteen\s+per\s*cent",                      # post-warranty 15 %
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之一?百(?![零一二三四五六七八九十])", r"one\s+hundred\s+per\s*cent",  # cap 100 %
    r"(?<![\d.])12\s*(?:-\s*)?(?:months?|个月)", r"twelve[\s-]+months?", r"十二个月",             # warranty 12 months
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十", r"forty\s+per\s*cent",                        # TCO share 40 %
]
REVIEW = [r"一年", r"\bone\s+year", r"\b1\s+year", r"annual"]


def scan(text):
    bad = []
    for pat in FORBIDDEN:
        for m in re.finditer(pat, text, flags=re.I):
            bad.append((pat, text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")))
    review = []
    for pat in REVIEW[:3]:
        for m in re.finditer(pat, text, flags=re.I):
            review.append(text[max(0, m.start() - 30):m.end() + 30].replace("\n", " "))
    return bad, review


# ---------------------------------------------------------------------------------------------------------------
# The policy's CR rules (policy.md §3 and "Where rules apply, and how clauses are read"), re-applied to the labels
# ---------------------------------------------------------------------------------------------------------------
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(value, warranty_months, fee_pct, fee_base, horizon=5):
    """Policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised
    licence/hardware price. Returns (tco, post-warranty fees, share %) or None when the fee is not a number."""
    if fee_pct is None or warranty_months is None:
        return None
    years = max(0.0, horizon - warranty_months / 12)
    fees = fee_pct / 100 * fee_base * years
    tco = value + fees
    return tco, fees, fees / tco * 100


def apply_rules(t, x, tco, foreign_forum):
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or x["acceptance_deemed_on_delivery"]:
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        if tco is not None and tco[2] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------------------------------------------------------
# Labels (key set, key order and spellings as holdout18/19)
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
LABELS, PLANNED, TCO = {}, {}, {}


def pct(part, whole):
    return part / whole * 100


def label(key, lang, category, terms, extra, planned, foreign_forum=False, tco=None):
    assert list(terms) == TERM_KEYS, key
    goods = terms["contract_kind"] == "goods_or_licence"
    ex = {"sla_clause": extra["sla_clause"], "ld_stated": extra["ld_stated"]}
    if goods:
        ex["post_warranty_fee_capped"] = extra["post_warranty_fee_capped"]
    else:
        assert "post_warranty_fee_capped" not in extra and terms["warranty_months"] is None
    ex["acceptance_deemed_on_delivery"] = extra["acceptance_deemed_on_delivery"]
    ex["contract_value"] = extra["contract_value"]
    got = apply_rules(terms, ex if goods else dict(ex, post_warranty_fee_capped=None), tco, foreign_forum)
    assert got == sorted(planned), (key, got, sorted(planned))
    # no labelled value sits on a threshold
    assert terms["prepayment_pct"] != 30 and terms["liability_cap_pct"] != 100
    assert terms["ld_rate_per_day_pct"] != 0.05 and terms["post_warranty_fee_pct"] != 15
    assert terms["warranty_months"] != 12 and terms["availability_pct"] != 99.9 and terms["p1_response_hours"] != 4
    assert tco is None or tco[2] != 40
    LABELS[key] = {"file": NAMES[key], "language": lang, "category": category, "expected_terms": terms,
                   "expected_extra": ex, "expected_rules": got}
    PLANNED[key] = planned
    TCO[key] = tco


def T(**kw):
    return {k: kw[k] for k in TERM_KEYS}


# h174z01 — 司法局 platform, compliant
v = 1_380_000 + 12 * 36_500 + 40 * 6_800 + 486_000
assert v == 2_576_000
z01 = v + 418_000 + 196_000 + 41_000
assert z01 == 3_231_000
assert z01 * 25 / 100 == 807_750 and z01 * 50 / 100 == 1_615_500 and 807_750 + 1_615_500 + 807_750 == z01
assert 2_576_000 * 8 / 100 == 206_080
label("h174z01", "zh", "software",
      T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
        prepayment_pct=25, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
        post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=z01),
      [], tco=tco_share(z01, 36, 8, 2_576_000))

# h174z02 — wafer plant tension monitoring: cap 50 %, post-warranty fee 26 %, TCO share
hw = 128 * 4_650 + 16 * 9_800 + 2 * 68_500 + 286_000
assert 128 * 4_650 == 595_200 and 16 * 9_800 == 156_800 and hw == 1_175_000
z02 = hw + 98_000 + 17_000
assert z02 == 1_290_000
assert (z02 * 20 / 100, z02 * 50 / 100, z02 * 25 / 100, z02 * 5 / 100) == (258_000, 645_000, 322_500, 64_500)
assert 258_000 + 645_000 + 322_500 + 64_500 == z02 and hw * 26 / 100 == 305_500
label("h174z02", "zh", "hardware",
      T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.07, liability_cap_pct=50,
        prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
        post_warranty_fee_pct=26, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=z02),
      ["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], tco=tco_share(z02, 18, 26, hw))

# h174z03 — laundry SaaS: availability 99.5, de-identified reuse, auto-renewal + 8 % increase
z03 = 3 * 268_000 + 96_000
assert z03 == 900_000 and 4 * 67_000 == 268_000
label("h174z03", "zh", "cloud",
      T(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=pct(600, z03), liability_cap_pct=150,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=z03),
      ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])

# h174z04 — county HIS O&M: LD 万分之二, 村卫生室 subcontracting on written notice
z04 = 336_000 + 148_000 + 96_000 + 62_000 + 18_000
assert z04 == 660_000 and 4 * 165_000 == z04
label("h174z04", "zh", "services",
      T(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=None,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=True, governing_law=None, contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=z04),
      ["CR-LD-LOW", "CR-SUBCONTRACT"])

# h174z05 — 腐乳 traceability, supplier's template: ten findings
z05 = 360_000 + 298_000 + 52_000
assert z05 == 710_000 and z05 * 5 / 10 == 355_000
label("h174z05", "zh", "software",
      T(availability_pct=None, p1_response_hours=2, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
        buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02, liability_cap_pct=20,
        prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=True, governing_law=None, contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
           contract_value=z05),
      ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT", "CR-WARRANTY"])

# h174e01 — test-bench licence, Irish vendor: only Irish law / courts
lic = 24 * 49_000
assert lic == 1_176_000 and 9 + 8 + 7 == 24
e01 = lic + 412_000 + 36_000
assert e01 == 1_624_000
assert (e01 * 20 / 100, e01 * 45 / 100, e01 * 35 / 100) == (324_800, 730_800, 568_400) and 324_800 + 730_800 + 568_400 == e01
assert round(lic * 11 / 100, 6) == 129_360
label("h174e01", "en", "software",
      T(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
        prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
        post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="Ireland", contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=e01),
      ["CR-GOVERNING-LAW"], foreign_forum=True, tco=tco_share(e01, 18, 11, lic))

# h174e02 — ticketing SaaS, German vendor: renewal + 6 %, cap CNY 200,000, subcontractors on notice
e02 = 2 * 186_000 + 58_000
assert e02 == 430_000 and 4 * 46_500 == 186_000
label("h174e02", "en", "cloud",
      T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=pct(350, e02),
        liability_cap_pct=pct(200_000, e02), prepayment_pct=None, acceptance_clause=True,
        final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
        auto_renewal_price_increase=True, termination_for_breach=True, subcontract_without_consent=True,
        governing_law="PRC", contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=e02),
      ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"])

# h174e03 — mooring-load sensors, buyer's paper, compliant
sub = 48 * 18_600 + 6 * 14_200 + 96_000 + 268_000
assert 48 * 18_600 == 892_800 and 6 * 14_200 == 85_200 and sub == 1_342_000
e03 = sub + 186_000 + 22_000
assert e03 == 1_550_000
assert (e03 * 10 / 100, e03 * 55 / 100, e03 * 35 / 100) == (155_000, 852_500, 542_500) and 155_000 + 852_500 + 542_500 == e03
assert sub * 75 / 1000 == 100_650
label("h174e03", "en", "hardware",
      T(availability_pct=99.98, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
        prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
        post_warranty_fee_pct=7.5, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
      dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
           contract_value=e03),
      [], tco=tco_share(e03, 36, 7.5, sub))

# h174e04 — managed IT, Scottish provider: P1 response 6 hours, no termination right for the Customer
e04 = 24 * 46_800 + 38_000
assert e04 == 1_161_200 and 24 * 46_800 == 1_123_200 and 96 + 64 == 160
label("h174e04", "en", "services",
      T(availability_pct=None, p1_response_hours=6, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=pct(900, e04), liability_cap_pct=125,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=e04),
      ["CR-SLA-RESPONSE", "CR-TERMINATION"])

# h174e05 — non-GMO certificate API, Dutch vendor: first invoice before start, aggregated reuse, Dutch law
e05 = 3 * 142_000 + 88_000
assert e05 == 514_000
label("h174e05", "en", "cloud",
      T(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=pct(400, e05), liability_cap_pct=150,
        prepayment_pct=pct(142_000 + 88_000, e05), acceptance_clause=True, final_payment_on_acceptance=None,
        warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
        termination_for_breach=True, subcontract_without_consent=False, governing_law="Netherlands",
        contract_kind="service"),
      dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=e05),
      ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-PREPAYMENT"], foreign_forum=True)


def main():
    build()
    ok = True
    for key, name in NAMES.items():
        text = read_back(name)
        zh = key[4] == "z"
        size = ("%d chars (%d CJK)" % (len(text), len(re.findall(r"[\u4e00-\u9fff]", text))) if zh
                else "%d words, %d chars" % (len(text.split()), len(text)))
        bad, review = scan(text)
        lab = LABELS[key]
        t = TCO[key]
        print("%-62s %-26s risk=%-6s rules=%s" % (name, size, risk(lab["expected_rules"]),
                                                 ",".join(r[3:] for r in lab["expected_rules"]) or "(none)"))
        if t:
            print("    TCO %.2f, post-warranty fees %.2f, share %.4f %%" % t)
        for b in bad:
            ok = False
            print("    THRESHOLD HIT", b)
        for r in review:
            print("    review:", r)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    print("threshold scan clean" if ok else "THRESHOLD SCAN FOUND VALUES ON A THRESHOLD")


if __name__ == "__main__":
    main()
