"""holdout798: builds the ten draft contracts from the sources below, writes the .json labels, and asserts lengths,
thresholds, rule derivation and coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:海漂垃圾监测预警平台采购合同
P:合同编号：HYJ-ZFCG-2027-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：滨澜市海洋局
P:乙方（供应商）：青屿智海信息科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，经双方协商一致，就海漂垃圾监测预警平台项目订立本合同，共同遵守。
H:第一条　项目内容
P:1.1 乙方向甲方提供海漂垃圾监测预警平台软件许可（永久使用许可，不限用户数），并完成以下定制开发：岸基视频及无人机巡查影像接入、海漂垃圾智能识别模型对接、漂移轨迹预测模块、网格化清理任务派发及考核模块、与市海洋综合管理平台的数据接口。
P:1.2 乙方负责平台在甲方政务云环境的部署、联调、数据初始化及培训，详细需求以招标文件第三章及双方确认的需求规格说明书为准。
H:第二条　合同价款
P:2.1 本合同总价为人民币壹佰伍拾肆万捌仟元整（¥1,548,000），为固定总价，含税及全部费用。其中：平台软件许可费¥780,000；定制开发费¥624,000；部署实施费¥118,000；培训费¥26,000。
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额银行保函后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台上线试运行满60日并通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 每笔付款前，乙方应开具合法有效的等额发票。甲方按财政资金支付流程办理，因财政审批产生的合理时间不视为甲方逾期。
H:第四条　交付与进度
P:4.1 乙方应于合同签订后90日内完成部署并上线试运行，于合同签订后150日内具备最终验收条件。
P:4.2 乙方应按周提交进度报告，并配合甲方组织的阶段评审。
P:4.3 甲方应按时提供政务云资源、网络开通、测试影像及历史监测数据，并指定项目联系人。因甲方原因造成工期延误的，工期相应顺延，乙方应及时书面说明。
P:4.4 乙方应组建不少于6人的项目团队，项目经理须具备同类项目经验，未经甲方同意不得更换。乙方人员进入甲方场所应遵守甲方管理制度。
P:4.5 乙方应为甲方业务人员及网格巡查员提供不少于3期的操作培训，并为甲方技术人员提供系统管理培训，提供培训教材及操作视频。培训效果以甲方组织的考核为准，考核不合格的人员乙方应免费补训。
H:第五条　验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；识别模型在甲方提供的不少于2,000张标注影像测试集上平均识别准确率不低于90%；漂移预测24小时轨迹误差不超过3公里；数据接口连续运行10日无丢数；系统通过第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期间无一级故障；初步验收遗留问题全部整改完毕；乙方提交源代码、部署手册、运维手册等全部文档；甲方组织专家评审并出具书面验收报告。
P:5.3 平台上线、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条　质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥70,200），该价格在质保期满后三年内不上调。
H:第七条　服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台无法访问或预警功能中断）乙方应在30分钟内响应，2小时内到场或远程处置，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方未达到上述响应或恢复时限的，每超过1小时按¥800扣减维护考核金；月度可用率每低于约定值0.01个百分点，扣减¥1,000，由甲方从应付款中直接扣除。
P:7.4 乙方应按月向甲方提交运行报告，内容包括可用率统计、故障清单及处置情况、识别准确率抽检结果及优化建议；甲方对报告有异议的，乙方应在5个工作日内核实答复。
H:第八条　知识产权
P:8.1 平台软件著作权归乙方所有，乙方授予甲方永久、非独占的使用许可。
P:8.2 本项目定制开发形成的识别模型调优成果、预测模块、接口程序及相关文档，其知识产权由甲乙双方共有；未经对方书面同意，任何一方不得修改后对外使用或许可第三方使用。
P:8.3 乙方保证所提供的软件及成果不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第九条　数据安全
P:9.1 平台采集、生成的全部监测影像、业务数据及日志均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，落实最小授权、访问审计及加密存储措施；远程运维须经甲方审批并通过堡垒机进行。
P:9.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
P:9.4 合同终止或履行完毕后，乙方应在10日内将其因履约接触的甲方数据全部返还或删除，并出具书面说明；乙方人员应签署数据安全承诺书，乙方对其人员的行为承担责任。
H:第十条　保密
P:10.1 乙方对履约中知悉的甲方工作秘密、监测数据及未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十一条　违约责任
P:11.1 乙方逾期上线或逾期具备验收条件的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒收并要求乙方退还已付款项。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条　分包
P:12.1 本项目不允许分包。乙方不得将合同义务全部或部分转让给第三方。
H:第十三条　合同解除
P:13.1 乙方逾期超过60日或发生重大违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除本合同。
P:13.3 受不可抗力影响的一方应在3日内通知对方，并在15日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十四条　争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:第十五条　其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；补充协议不得违背招标文件的实质性内容。
P:15.2 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨澜市海洋局　　　　乙方（盖章）：青屿智海信息科技有限公司
P:代表人：__________　　　　代表人：__________
P:日期：2027年__月__日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：LXM-JG-2027-0086
P:甲方：浙江绿鲜膜新材料有限公司
P:乙方：杭州恒拓自动化工程有限公司
P:甲方拟对其一号、二号、三号流延保鲜膜生产线的控制系统进行改造，乙方经比选确定为承包方。双方经协商一致，订立本合同。
H:第一条　改造范围
P:1.1 乙方负责三条生产线控制系统的设计、供货、安装、编程、调试及试产，包括：拆除原有继电器控制柜，新装PLC控制系统及控制柜；更换操作触摸屏及工控机；更换收卷、牵引段伺服驱动并加装张力闭环控制；加装在线测厚仪；部署生产数据采集软件并与甲方MES系统对接。
P:1.2 改造应在甲方安排的停线窗口内分线实施，每条线停线时间不超过10日，乙方应制定切换方案，经甲方书面确认后方可施工。
P:1.3 乙方提供的设备应为全新原厂产品，品牌、型号及技术参数以附件技术协议为准，不得擅自替换。
H:第二条　合同价格
P:2.1 合同总价为人民币壹佰肆拾陆万元整（¥1,460,000），含设备、软件、运输、安装、调试、培训、税费等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含控制柜）|3套|168,000|504,000
TB:2|触摸屏HMI及工控机|3套|46,000|138,000
TB:3|伺服驱动及张力控制单元|3套|92,000|276,000
TB:4|在线测厚仪|3台|58,000|174,000
TB:5|生产数据采集及MES接口软件许可|1套|144,000|144,000
TB:|软硬件小计|||1,236,000
TB:6|改造施工及停线切换|1项|168,000|168,000
TB:7|调试、试产及培训|1项|56,000|56,000
TB:|合计|||1,460,000
H:第三条　付款
P:3.1 合同签订后15日内，甲方支付合同总价的10%作为预付款。
P:3.2 三条生产线设备全部到货并安装完毕，经甲方签收后15日内，甲方支付合同总价的55%。到货签收及安装完毕仅确认数量与外观，不视为质量验收。
P:3.3 全部生产线通过终验后15日内，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具合规的增值税专用发票。
H:第四条　工期
P:4.1 乙方应在合同签订后45日内完成设计及设备到货，并在甲方安排的停线窗口内完成三条线的改造；全部工作应在合同签订后120日内完成。
P:4.2 乙方每延误一日，按合同总价的0.08%向甲方支付违约金；违约金累计不超过合同总价的10%。停线窗口内未能恢复生产的，乙方还应赔偿甲方由此产生的停产损失。
H:第五条　验收
P:5.1 每条生产线改造完成后，连续试产72小时，达到以下标准方可通过单线验收：线速度达到设计值；薄膜厚度偏差控制在±3%以内；收卷张力波动不超过设定值的±5%；报警、联锁及急停功能全部测试通过；数据采集与MES对接数据一致。
P:5.2 三条线均通过单线验收并稳定运行30日后，进行终验。终验内容包括单线验收遗留问题的整改、PLC程序与图纸资料的移交及操作人员考核。
P:5.3 设备到货、安装、试产或甲方使用生产线，均不视为验收合格。
P:5.4 单线验收或终验不合格的，乙方应在10日内完成整改并重新申请验收，整改及复验费用由乙方承担；第二次复验仍不合格的，甲方有权要求乙方更换相关设备或降价处理。
H:第六条　质量保证与维保
P:6.1 质保期为十八个月，自终验合格之日起算。质保期内乙方免费维修或更换故障设备及部件，免费提供程序修改和技术支持。
P:6.2 一级故障（导致任一生产线停线）乙方应在30分钟内电话响应，2小时内工程师到场，8小时内恢复生产；二级故障2小时内响应，24小时内解决。
P:6.3 乙方超过上述到场或恢复时限的，每超过1小时向甲方支付¥1,500，从质保金或应付款中扣除。
P:6.4 乙方应在甲方所在地储备常用备件，包括PLC模块、伺服驱动器及测厚仪探头，备件清单作为附件；质保期内更换的部件，其质保期自更换之日起重新计算。
P:6.5 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、程序维护及驻厂支持），年度维保费按软硬件小计的28%计取，即每年人民币346,080元，在质保期满后的四个服务年度内保持不变。
H:第七条　知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、接口程序及其源代码和电气图纸，知识产权归甲方所有，甲方可自行修改和使用。
P:7.2 设备内置软件及数据采集软件的著作权归原权利人，甲方取得永久使用许可。
H:第八条　数据安全
P:8.1 生产线运行数据、工艺参数及配方均属于甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:8.2 乙方远程访问控制系统须经甲方逐次书面批准，并通过甲方指定的安全通道进行；乙方应采取防病毒及访问控制措施，不得在控制网络中接入未经检测的移动介质。
P:8.3 因乙方原因导致工艺数据泄露或控制系统遭受网络攻击的，乙方应立即通知甲方并采取补救措施，赔偿甲方全部损失。
P:8.4 改造完成后，乙方应删除其调试电脑中保存的甲方程序备份及工艺参数，并向甲方出具书面确认。
H:第九条　保密
P:9.1 乙方对甲方的工艺配方、生产数据、设备布局及其他商业秘密负有保密义务，合同终止后三年内仍然有效。
H:第十条　分包
P:10.1 乙方不得将本合同转包。电气安装中的桥架敷设等辅助工作确需分包的，须事先取得甲方书面同意，乙方对分包方的工作负全部责任。
H:第十一条　双方配合义务
P:11.1 甲方应按双方确认的计划安排停线窗口，提供施工所需的电源、压缩空气、吊装条件及现场办公场所，并指定设备、工艺负责人配合调试。
P:11.2 甲方应在乙方提交设计方案后5个工作日内提出书面意见；甲方未按约定提供条件导致工期延误的，工期相应顺延。
H:第十二条　安全施工与人员
P:12.1 乙方应遵守甲方安全生产及动火、登高、临时用电等作业许可制度，施工前对人员进行安全交底，特种作业人员须持证上岗。
P:12.2 乙方应指派具备同类改造经验的项目经理常驻现场，未经甲方同意不得更换；乙方人员在甲方现场造成的人身或财产损害，由乙方承担责任。
H:第十三条　培训与资料移交
P:13.1 乙方应为甲方操作工、电气维修人员分别提供现场培训，每条线培训不少于2个班次，并编制中文操作规程及维修手册。
P:13.2 终验前，乙方应移交PLC程序源文件、HMI工程文件、电气原理图及接线图、备件清单、设备合格证及说明书，并保证与现场实际一致。
H:第十四条　合同的变更与终止
P:14.1 本合同的变更须经双方协商一致并签订书面补充协议。
P:14.2 本合同在双方义务履行完毕后终止；经双方协商一致，也可提前终止本合同，并就已完成工作的结算另行协商。
P:14.3 因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，履行期限相应顺延，双方协商确定后续安排。
H:第十五条　争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交湖州仲裁委员会仲裁。
H:第十六条　其他
P:16.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议及设备清单为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：__________　　乙方（盖章）：__________
P:日期：__________
"""

Z03 = """门店预约及会员管理系统SaaS服务合同

合同编号：QJ-IT-2027-009
甲方：上海击木板球运动培训有限公司
乙方：成都云约互联科技有限公司

甲方在全国经营40家板球培训门店，需要统一的课程预约、会员及储值卡管理系统。乙方向甲方提供其“云约”门店管理平台的SaaS订阅服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务：乙方在服务期内向甲方40家门店开通“云约”平台，包括课程排期与场地预约、教练排班、会员档案、储值卡及课包管理、微信小程序预约端、门店经营报表等模块，每家门店不限账号数。
（二）实施服务：乙方负责平台初始化配置、40家门店课程及场地数据录入、现有会员数据（约3.6万条）及储值余额的迁移、与甲方微信支付商户号及财务系统的对接，以及门店店长和前台人员培训。
（三）平台由乙方部署在境内公有云，乙方负责平台的运行、维护和升级。
（四）乙方为甲方指定一名专属客户经理及不少于2名实施顾问，客户经理负责协调需求、版本升级通知及月度服务回顾；平台功能升级的，乙方应提前7日通知甲方，并不得减少本合同约定的功能。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自平台上线验收合格之日起算，每个服务年度自起算日起至次年对应日的前一日止。
（二）服务期满后，如甲方需继续使用，双方另行协商签订续订合同，本合同不自动续期。

三、费用及支付
（一）本合同总价为人民币捌拾陆万肆仟元整（¥864,000），其中：
1. 订阅费：每家门店每个服务年度¥9,600，40家门店两个服务年度合计¥768,000；
2. 实施费：¥96,000，一次性支付。
（二）实施费在平台上线验收合格后15个工作日内支付。
（三）订阅费按季度结算，每个季度结束后10个工作日内，乙方提交当季服务报告及发票，甲方核对无误后支付当季订阅费（每季度¥96,000）。
（四）乙方已在本条列明全部费用，除经甲方书面确认的新增需求外，不得另行收取短信、存储或接口调用费用。
（五）服务期内新增门店的，按每家门店每个服务年度¥9,600的标准按月折算计费，单价不变。

四、实施与上线验收
（一）乙方应在合同签订后60日内完成实施工作，具备上线验收条件。
（二）上线验收标准：
1. 40家门店的课程、场地、教练及价格体系配置完毕，经各门店店长确认；
2. 会员档案及储值余额迁移后，甲方抽查不少于2,000条记录，与原系统逐条一致，储值余额总额一致；
3. 小程序预约、签到、消课、退款全流程测试通过，微信支付对账连续7日无差异；
4. 在500名会员同时在线预约的压力测试下，页面响应时间不超过2秒；
5. 乙方提交系统操作手册及培训记录。
（三）甲方应在乙方提交验收申请后10个工作日内组织验收并出具书面意见。验收不合格的，乙方应整改后重新提交。平台试用或门店使用，均不视为验收合格。
（四）甲方应在合同签订后10个工作日内提供门店清单、课程价目表、原系统会员数据导出文件及支付商户资料，并指定项目负责人。因甲方延迟提供资料导致实施延后的，实施期限相应顺延。
（五）上线切换应安排在门店非营业时间进行，乙方应制定回退方案；切换当日乙方应安排人员在线值守，保证门店次日正常营业。

五、服务水平
（一）平台月度可用率不低于99.95%，计划内维护应安排在凌晨0点至6点之间，并提前48小时通知甲方。
（二）故障分级及响应：
1. 一级故障（平台或小程序无法访问、预约或支付功能中断）：30分钟内响应，2小时内恢复；
2. 二级故障（部分功能异常，不影响主要业务）：2小时内响应，1个工作日内解决；
3. 三级故障（一般咨询及优化建议）：1个工作日内答复。
（三）服务赔偿：月度可用率低于99.95%但不低于99.5%的，减免当月订阅费的5%；低于99.5%的，减免当月订阅费的10%；一级故障每超过恢复时限1小时，减免当月订阅费的2%；当月减免合计不超过当月订阅费的50%。减免金额从下一季度应付款中扣除。
（四）乙方应在每月5日前向甲方提交上月服务报告，包括可用率、故障处理记录、工单统计及改进措施。
（五）乙方提供7×12小时客服热线及在线工单渠道，门店人员可直接提交问题。

六、知识产权
（一）“云约”平台及其升级版本的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制的小程序页面、课程体系配置、报表模板及与甲方财务系统的接口程序，知识产权归甲方所有，乙方应在服务期满时交付相关配置文件及接口源代码。

七、数据安全
（一）乙方应按照《网络安全法》《数据安全法》《个人信息保护法》的要求保护平台中的数据，采取加密存储、访问控制、操作日志审计和异地备份措施，备份每日进行，保留不少于30日。
（二）乙方人员访问甲方数据须经授权并留有记录；未成年学员的个人信息应单独加密存储，仅限甲方授权人员查看。
（三）发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方，立即采取补救措施，并承担因此给甲方造成的损失，包括甲方向会员承担的赔偿。
（四）平台及全部业务数据应存储于中国境内，未经甲方书面同意不得向境外传输或提供。

八、数据权属
（一）甲方在平台中录入或产生的会员信息、预约记录、交易数据等业务数据归甲方所有。
（二）甲方同意，乙方可以对上述数据进行去标识化处理后，用于平台产品改进、行业经营分析及乙方发布的体育培训行业报告，该使用不受服务期限制。
（三）服务期满或合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部业务数据。

九、保密
双方对在合作中知悉的对方商业秘密、经营数据及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。乙方应要求接触甲方数据的员工签署保密承诺。本条在合同终止后三年内持续有效。

十、责任限制
乙方在本合同项下的累计赔偿责任以本合同总价的两倍为限，但因乙方故意、重大过失或违反本合同第七条造成的损失不受此限。

十一、分包
乙方不得将实施服务或平台运维分包给第三方；确需分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。

十二、合同解除
（一）任何一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权书面通知解除本合同。
（二）因乙方原因合同解除的，乙方应退还甲方已付但未使用服务期对应的订阅费，并按第八条第（三）款交付数据。
（三）服务期满或合同解除后，乙方应配合甲方将数据迁移至其他系统，配合期不少于30日，期间平台对甲方保持只读访问。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，任何一方均可提交成都仲裁委员会仲裁。

十四、其他
（一）本合同未尽事宜，双方可另行签订补充协议。
（二）本合同附件包括：门店清单、功能清单、实施计划，附件与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
授权代表：                        授权代表：
日期：                            日期：
"""

Z04 = """游艇码头管理系统年度运维服务合同

项目编号：GHJ-CS-2027-03（竞争性磋商）
甲方（采购人）：澄湾市港航管理局
乙方（成交供应商）：澄湾海数信息技术有限公司

根据《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就游艇码头管理系统年度运维服务订立本合同。

一、服务范围
1. 运维对象：甲方游艇码头管理系统，包括泊位预订与分配、游艇进出港登记、船舶及船员备案、水电计量收费、视频监控联动、移动端小程序及与海事、公安系统的数据接口，以及系统所在的应用服务器、数据库和网络安全设备。
2. 服务内容：
（1）日常巡检：每个工作日对系统运行、接口状态、数据库及备份情况进行巡检并记录；
（2）故障处理：按本合同第四条的时限响应和处理各类故障；
（3）安全运维：漏洞扫描每季度一次，发现高危漏洞应在7日内修复，中危漏洞应在30日内修复；配合甲方开展等级保护测评整改；
（4）数据维护：数据备份、恢复演练（每半年一次）及数据质量核查；
（5）小程序及接口适配：因海事、公安系统接口规范调整引起的适配修改，以及微信小程序平台规则变化引起的页面调整；
（6）节假日及游艇赛事等重要时段的驻场保障；
（7）每月5日前提交上月运维报告，包括巡检结果、故障统计、可用率、漏洞处置及优化建议。
3. 乙方应派驻1名驻场工程师，工作日在甲方办公场所值守，另设不少于3人的远程支持团队。
4. 变更管理：乙方对系统进行配置变更、补丁安装或程序修改前，应提交变更申请，说明变更内容、影响范围及回退方案，经甲方批准后在计划窗口实施，变更完成后及时更新配置记录。
5. 应急保障：乙方应编制系统应急预案，每半年配合甲方开展一次应急演练；台风等恶劣天气预警期间，乙方应安排人员在岗值守，确保进出港登记及应急调度功能正常。

二、服务期限
1. 服务期为一个服务年度，自2027年3月1日起至2028年2月29日止。
2. 服务期满本合同自然终止，不自动续期。甲方如需继续采购运维服务，依法另行组织采购。
3. 乙方应在服务期开始前完成与原运维单位的交接，包括账号、文档、备份及未结工单的清点，并向甲方提交交接报告，交接报告经甲方确认后存档。

三、合同价款与支付
1. 本合同总价为人民币肆拾叁万陆仟元整（¥436,000），含人工、差旅、工具、税费等全部费用。
2. 服务费按季度支付，每季度¥109,000。每季度结束后，甲方依据第五条考核结果，在收到乙方发票后15个工作日内支付当季服务费，扣除当季应扣减的金额。
3. 本合同不设预付款。乙方收款账户变更的，应提前以书面形式通知甲方，否则由此产生的风险由乙方承担。

四、服务水平
1. 系统月度可用率不低于99.98%，经甲方批准的计划内维护不计入不可用时间。
2. 故障分级及时限：
（1）一级故障（系统整体不可用、进出港登记或收费中断、数据接口中断）：30分钟内响应，1小时内到场，6小时内恢复；
（2）二级故障（部分功能不可用，有替代手段）：1小时内响应，24小时内解决；
（3）三级故障（一般问题及咨询）：1个工作日内解决。
3. 扣减标准：一级故障每超过响应或恢复时限1小时，扣减服务费¥1,000；二级故障每超过时限1小时，扣减¥300；月度可用率每低于约定值0.01个百分点，扣减¥500。扣减从当季服务费中扣除。

五、考核与验收
1. 甲方按季度对乙方服务进行考核，考核内容包括：故障响应及处理时限达标情况、巡检及备份记录完整性、漏洞修复情况、工单满意度及驻场出勤。考核结果分为合格和不合格。
2. 季度考核不合格的，乙方应提交整改方案并在30日内整改完毕，整改结果由甲方复核确认。
3. 服务期满前30日内，甲方组织年度验收，可邀请行业专家参加。验收标准：全年无因乙方原因导致的数据丢失；季度考核均合格或已整改；运维文档、巡检记录、变更记录及源代码修改记录完整移交；系统可用率全年达标。验收合格后甲方出具书面验收意见。

六、知识产权
1. 系统原有软件的知识产权归原权利人所有。
2. 乙方在运维期间为甲方编写的脚本、补丁、接口适配程序、报表及文档，知识产权归甲方所有，乙方应随工单一并交付源代码，甲方可自行修改和使用。

七、数据安全
1. 系统中的泊位、船舶、船主及船员信息、收费数据和视频资料均属于甲方所有，乙方仅为履行运维服务使用，不得复制、留存或用于任何其他目的。
2. 乙方应落实网络安全等级保护三级的管理要求：运维操作一律通过甲方堡垒机进行，账号实名并最小授权，高危操作双人复核，禁止在运维终端存储业务数据。
3. 发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在1小时内报告甲方，立即采取处置措施并配合调查；因乙方原因造成的损失及行政处罚，由乙方承担。
4. 服务期满或合同解除后，乙方应在5个工作日内注销其全部运维账号，删除因履约产生的任何数据副本，并向甲方出具书面承诺。

八、保密
乙方及其人员对履约中知悉的甲方工作秘密、个人信息及系统账号、网络拓扑等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。

九、违约责任
1. 乙方未按第二条第3款按期完成交接或逾期进场提供服务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方连续两个季度考核不合格的，甲方有权按第十一条解除合同。
3. 甲方逾期支付服务费的，按逾期金额每日万分之二向乙方支付违约金。

十、分包
本项目不允许分包或转包。

十一、合同解除
1. 乙方严重违约，或经甲方书面催告后10日内仍未纠正违约行为的，甲方有权书面通知解除本合同，乙方应赔偿甲方因另行采购产生的损失。
3. 因不可抗力致使合同目的不能实现的，双方均可解除本合同，服务费按实际服务期间结算。
2. 合同解除后，乙方应在5个工作日内完成交接，交还全部账号、文档及资料。

十二、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

十三、甲方义务
1. 甲方应为驻场工程师提供办公场所、网络接入及必要的系统账号和权限。
2. 甲方应指定运维联系人，及时确认故障等级、变更申请及季度考核结果。
3. 甲方对系统的重大调整计划，应提前通知乙方，以便乙方评估对运维工作的影响。

十四、乙方人员
1. 乙方驻场工程师应具备两年以上同类系统运维经验，上岗前须经甲方面试确认；更换人员须提前15日书面申请并经甲方同意，并完成工作交接。
2. 乙方人员应遵守甲方的安全保密及考勤制度，因乙方人员违规造成的损失由乙方承担。
3. 乙方应对驻场及远程人员进行安全与业务培训，并保留培训记录备查。

十五、其他
本合同未尽事宜按磋商文件及响应文件执行；磋商文件、响应文件、成交通知书及运维服务方案均为本合同的组成部分，与本合同不一致的，以本合同为准。本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方：澄湾市港航管理局（盖章）            乙方：澄湾海数信息技术有限公司（盖章）
日期：                                     日期：
"""

Z05 = """# 软件产品销售及定制开发合同

> 织序软件标准合同文本 V1.8（乙方提供）

- 合同编号：ZX-XS-2027-0214
- 甲方（买方）：扬州瑞绒手工艺品有限公司（瑞绒绒花工艺坊）
- 乙方（卖方）：扬州织序软件有限公司

甲方为手工绒花制品的生产企业，因绒花制作工序繁多、计件核算复杂，为提升工序管理及成品追溯水平，向乙方购买“织序”工序追踪软件并委托乙方进行定制开发。双方本着平等自愿的原则，经友好协商，签订本合同。

## 第一条　产品及服务内容

1.1 乙方向甲方提供“织序”工序追踪软件标准版（以下简称“软件产品”），包括订单管理、工序派工、计件工资、物料（蚕丝、铜丝、染料）出入库、成品追溯等模块，授权甲方在一个生产场地内使用，终端数量不超过30台。

1.2 乙方根据甲方需求进行以下定制开发：绒花专用工序模板（染色、勾条、打尖、传花、粘花、组装）、手工艺人技能等级与计件单价对应规则、花型图样库、成品二维码追溯页面及与甲方网店订单的对接。

1.3 乙方负责软件安装部署及操作培训。

1.4 软件产品的功能以乙方产品说明书为准，定制开发内容以双方签字确认的需求说明书为准；需求说明书未列明的功能，不属于乙方的交付范围。

## 第二条　合同金额

2.1 本合同总金额为人民币叁拾叁万元整（¥330,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | “织序”工序追踪软件标准版许可 | 1套 | 168,000 |
| 2 | 定制开发 | 1项 | 132,000 |
| 3 | 安装部署 | 1项 | 24,000 |
| 4 | 操作培训 | 1项 | 6,000 |
| | 合计 | | 330,000 |

2.2 上述金额含增值税。甲方需要的服务器、扫码枪、标签打印机等硬件由甲方自行采购，不在本合同范围内。

## 第三条　付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总金额的65%，即人民币214,500元。乙方收到该款项后启动项目。

3.2 软件安装部署完成后5个工作日内，甲方支付合同总金额的35%，即人民币115,500元。

3.3 甲方逾期付款的，乙方有权暂停实施及技术服务，由此造成的工期延误由甲方承担。

## 第四条　交付

4.1 乙方在收到首期款后75个工作日内完成定制开发并在甲方现场安装部署。

4.2 甲方应提供符合乙方要求的服务器及网络环境，并安排人员配合需求调研与测试。因甲方原因导致延误的，交付期限顺延。

4.4 乙方交付的内容包括：软件安装程序、授权文件、用户操作手册（电子版）。源代码及数据库设计文档不属于交付范围。

4.3 乙方逾期交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

## 第五条　验收

5.1 软件产品安装部署完成后，即视为甲方验收合格。

5.2 甲方在使用过程中发现的问题，可通过乙方客服渠道提交，乙方按本合同第七条处理。

## 第六条　知识产权

6.1 软件产品及乙方为本项目定制开发的全部程序、工序模板、页面及相关文档的知识产权均归乙方所有。

6.2 甲方在本合同约定的范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或向任何第三方提供。

6.3 乙方有权将本项目的定制开发成果纳入其标准产品，向其他客户提供。

## 第七条　免费维护期及售后服务

7.1 自软件安装部署完成之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

7.2 甲方报告的严重故障（软件无法登录或主要功能无法使用），乙方在接到报告后8个工作小时内响应；一般问题在3个工作日内答复。

7.3 乙方的服务时间为工作日9:00至17:30，节假日期间仅提供在线留言服务。

7.4 免费维护期满后，甲方如需继续获得技术支持与升级服务，应购买年度维护服务，年度维护费按乙方当年公布的价格标准执行。

7.5 乙方对维护服务的具体形式及版本升级的时间安排享有决定权。

7.6 因甲方操作不当、擅自修改配置、计算机病毒、断电或硬件故障引起的问题，不属于免费维护范围，乙方提供上门服务的，按乙方收费标准按次收取费用及差旅费。

## 第八条　数据安全

8.1 软件中录入的订单、工艺、工资及客户信息等数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方进行远程维护时，应事先取得甲方同意，使用甲方分配的临时账号，操作完成后由甲方收回；乙方不得下载、拷贝甲方数据。

8.3 因乙方原因导致甲方数据泄露、丢失的，乙方应及时通知甲方，协助恢复数据，并赔偿由此给甲方造成的直接损失。

## 第九条　保密

9.1 双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定必须披露的除外。

9.2 双方应要求各自接触保密信息的员工遵守本条约定。本条约定在合同终止后两年内有效。

## 第十条　责任限制

10.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总金额的20%。

10.2 乙方对甲方的间接损失、利润损失及数据损失不承担责任，但第八条第8.3款约定的直接损失除外。

## 第十一条　合同解除

11.1 一方严重违反本合同约定，经另一方书面通知后15日内仍未改正的，守约方有权解除本合同。

11.2 合同解除后，甲方应支付乙方已完成工作对应的费用。

11.3 合同解除后，甲方应停止使用软件产品并删除安装程序，但双方另有约定的除外。

## 第十二条　甲方的权利与义务

12.1 甲方应按本合同约定及时付款，并指定一名项目联系人负责需求确认、测试配合及验收签字。

12.2 甲方应在乙方提交需求说明书后5个工作日内书面确认；逾期未确认的，视为甲方认可需求说明书。需求确认后甲方提出变更的，乙方有权另行收费并顺延交付期限。

12.3 甲方应妥善保管软件授权文件及管理员账号，因甲方保管不善造成的损失由甲方自行承担。

## 第十三条　乙方的权利与义务

13.1 乙方应按照本合同及需求说明书完成定制开发，保证软件产品为正版软件。

13.2 乙方应为甲方的管理人员和班组长提供一次集中操作培训，培训时长不超过两天，培训地点在甲方现场；甲方人员变动需要再次培训的，另行收费。

13.3 乙方有权在软件中显示乙方的商标及版权信息，甲方不得删除或遮挡。

## 第十四条　通知与送达

14.1 本合同首部所列地址及联系人为双方的送达地址，任何一方变更送达地址的，应提前3日书面通知对方。

14.2 通过电子邮件或即时通讯工具发送的通知，发送之日即视为送达。

## 第十五条　不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十六条　争议解决

因本合同发生的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十七条　其他

17.1 本合同未尽事宜，以乙方官网公布的《织序软件服务条款》为准。

17.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：＿＿＿＿＿＿　　　乙方（盖章）：＿＿＿＿＿＿

日期：＿＿＿＿＿＿　　　日期：＿＿＿＿＿＿
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. HXS-IT-2027-031
P:This Agreement is made between Handan Xinrui Special Steel Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Handan, Hebei Province (the "Buyer"), and Karagandy Reliability Systems LLP, a limited liability partnership registered in the Republic of Kazakhstan with its office in Temirtau, Karaganda Region (the "Vendor").
P:The Buyer wishes to replace its spreadsheet-based maintenance planning with a licensed reliability management system, and the Vendor has offered to license and implement its ReliaPlan suite. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ReliaPlan Maintenance and Reliability Suite, version 7, in object code, including the work order, preventive maintenance, spare parts, condition monitoring and reliability analytics modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, equipment hierarchy models, failure code libraries, report templates, interface programs to the Buyer's ERP and plant historian, and related documentation prepared by the Vendor specifically for the Buyer, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software in connection with the Buyer's operations, including equipment records, maintenance histories, sensor readings and personnel information.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in Handan for up to 400 named users and an unlimited number of read-only users, for the Buyer's own business and that of its wholly owned subsidiaries.
P:2.2 The Vendor shall perform the implementation services described in Annex 1: requirements workshops, system configuration, migration of approximately 38,000 equipment records and six years of work order history, development of the ERP and historian interfaces, user training and go-live support.
P:2.3 The Buyer shall provide the server environment, network access, the data to be migrated in the agreed format, and key users who are available for workshops and testing in accordance with the project plan.
H:Article 3 Price and Payment
P:3.1 The total price of this Agreement is CNY 1,600,000 (one million six hundred thousand yuan), inclusive of all taxes, travel and expenses, made up of the Licence Fee of CNY 1,120,000, the implementation fee of CNY 438,000 and the training fee of CNY 42,000.
P:3.2 The Buyer shall pay the total price in three instalments: 20% within thirty days after signature of this Agreement and receipt of the Vendor's invoice; 45% within thirty days after the Software goes live in both rolling mills and the steelmaking shop and the Buyer signs the go-live record; and the remaining 35% within thirty days after Final Acceptance.
P:3.3 Payments shall be made in CNY by bank transfer against a valid invoice.
H:Article 4 Project Schedule and Delay
P:4.1 The Vendor shall achieve go-live within one hundred and twenty days after signature and shall make the system ready for Final Acceptance within one hundred and eighty days after signature, in accordance with the project plan in Annex 2.
P:4.2 If the Vendor fails to meet either date for reasons attributable to the Vendor, it shall pay the Buyer liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 8% of the total price.
H:Article 5 Acceptance
P:5.1 After go-live the Software shall run in production for sixty consecutive days. During that period the Vendor shall correct all defects reported by the Buyer.
P:5.2 The acceptance criteria are: all functions listed in the approved functional specification work as specified; migrated equipment records and work order history match the source data in a full reconciliation; the ERP and historian interfaces run for twenty consecutive days without data loss; screens return results within three seconds with two hundred concurrent users; and no Severity 1 defect is open at the end of the production run.
P:5.3 When the criteria are met the Buyer shall sign a Final Acceptance certificate within ten working days, or give written reasons for refusing it. The Vendor shall correct the reasons given and request acceptance again at its own cost.
P:5.4 Go-live, productive use of the Software or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the functional specification for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions of the Software, and provide remote and on-site support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the Software is unavailable or work orders cannot be issued in any mill) within one hour, day or night, and shall restore service or provide a workaround within eight hours. Severity 2 incidents shall be answered within two hours and resolved within two working days.
P:6.3 For each full hour by which the Vendor exceeds a response or restoration time for a Severity 1 incident, the Vendor shall credit the Buyer CNY 1,000 against the next payment due, or pay that amount if no payment is due.
P:6.4 After the Warranty Period the Buyer may order annual support from the Vendor. The annual support fee is 11% of the Licence Fee, that is CNY 123,200 per year, and the Vendor shall not increase it for the first three years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Buyer may use, modify, and license them to third parties without restriction.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with individual accounts, multi-factor authentication and logging, and only after the Buyer approves each session. The Vendor shall not transfer Buyer Data outside the People's Republic of China and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all necessary remedial measures, and shall be liable for all losses of the Buyer resulting from a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Technical and commercial information that one party obtains from the other under this Agreement and that is not public shall be treated as confidential by the receiving party, used only for this Agreement, and not passed to any third party unless the disclosing party first agrees in writing.
P:9.2 This Article survives termination or expiry of this Agreement for three years.
H:Article 10 Liability
P:10.1 The total liability of each party under this Agreement is limited to 150% of the total price.
P:10.2 The limit does not apply to liability for personal injury, wilful misconduct, or breach of Article 8 or Article 9.
H:Article 11 Subcontracting and Assignment
P:11.1 No part of the services may be subcontracted unless the Buyer has agreed in writing in advance. Where the Buyer agrees, the Vendor answers for the subcontractor as for itself.
H:Article 12 Termination
P:12.1 The Buyer is entitled to end this Agreement by written notice where the Vendor is in material breach and has not cured the breach within thirty days of being asked in writing to do so, or where liquidated damages under Article 4.2 have reached their ceiling.
P:12.2 On termination by the Buyer under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for the services not accepted, and the Buyer may keep and use the licence for the Software if the Licence Fee has been paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure to perform caused by an event beyond its reasonable control, provided that it notifies the other party promptly. If such an event continues for more than ninety days, either party may terminate this Agreement by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Kazakhstan.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed by senior representatives of the parties. If it is not resolved within thirty days, it shall be finally settled by arbitration administered by the International Arbitration Centre of the Astana International Financial Centre, with the seat of arbitration in Astana. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement and its Annex 1 (Scope) and Annex 2 (Project Plan) are the entire agreement between the parties. Amendments must be in writing.
P:15.2 This Agreement is executed in English in two originals, one for each party, and enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________    Date: ____________________
"""

E02 = """# Cold-Chain Warehouse Management Service — Order Form

Order Form No. ZCL-OF-2027-0117, issued under the General Terms in Part B below. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1 Parties

- **Customer:** Guangzhou Lengxian Cold Chain Logistics Co., Ltd., Huangpu District, Guangzhou, People's Republic of China.
- **Provider:** Zhetysu Cloud Logistics LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office in Taldykorgan, Zhetysu Region.

### A2 Service and Subscription Term

The Provider shall provide its ColdTrack warehouse management service as software-as-a-service for the Customer's four temperature-controlled warehouses in Guangzhou, Foshan, Dongguan and Zhaoqing. The service covers inbound and outbound orders, slotting and pallet tracking, temperature zone and reefer dock management, lot and expiry control, cycle counting, billing for storage clients, and the mobile scanning application, for up to 180 named users.

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under Section 4 of Part B, and each Subscription Year lasts until the day before the anniversary of its start.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 named users, four sites | 264,000 |
| Subscription, Subscription Year 2 | 180 named users, four sites | 264,000 |
| Onboarding (configuration, data load, WMS–ERP and temperature-logger interfaces, training) | one-time | 72,000 |
| **Total contract value** | | **600,000** |

Fees are in CNY and include VAT. Additional named users may be added at CNY 1,450 per user per Subscription Year, prorated by month.

### A4 Invoicing and Payment

- Subscription fees are invoiced quarterly at the start of each quarter of a Subscription Year, in equal amounts of CNY 66,000, and are payable within thirty days of invoice.
- The onboarding fee is invoiced after Go-Live Acceptance and is payable within thirty days of invoice.
- No other advance payment is due.

### A5 Service Levels

| Item | Commitment |
|---|---|
| Monthly availability of the production service | at least 99.95%, excluding planned maintenance notified 72 hours ahead and performed between 01:00 and 05:00 Beijing time |
| Priority 1 incident (service unavailable, or receiving or dispatch blocked at any site) | response within 30 minutes, around the clock; restoration within 6 hours |
| Priority 2 incident (a function impaired, workaround available) | response within 2 hours; resolution within 3 business days |
| Priority 3 request | response within 1 business day |

Service credits: if monthly availability falls below the commitment, the Customer receives a credit of 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, and each Priority 1 incident not restored within the restoration time earns a credit of 3% of that month's subscription fee. Credits in one month may not exceed half of that month's subscription fee and are deducted from the next invoice.

### A6 Special Terms

- Onboarding shall be completed and the service ready for Go-Live Acceptance within seventy-five days after signature of this Order Form.
- The production service is hosted in the Alibaba Cloud Shanghai region, which the Customer approves by signing this Order Form.
- Customer contact: Head of Warehouse Systems. Provider contact: Customer Success Manager, China accounts.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the ColdTrack service described in A2, including its updates.

1.2 "Customer Data" means all data entered into the Service by or for the Customer, and all data generated by the Service from it, including inventory, order, temperature and client billing records.

1.3 "Customer Configurations" means the warehouse layouts, slotting rules, label and document templates, reports and interface mappings prepared for the Customer during onboarding or later at its request.

### 2. Use of the Service

2.1 The Provider grants the Customer and its named users a non-exclusive right to use the Service during the Subscription Term for the Customer's internal business and for serving its storage clients.

2.2 The Customer shall not resell the Service or attempt to access its source code.

2.3 The Provider may update the Service from time to time, provided that no update materially reduces the functions described in A2.

### 3. Onboarding

3.1 The Provider shall carry out onboarding under the plan agreed at the kick-off meeting: configuration of the four sites, loading of master data and opening stock, interfaces to the Customer's ERP and temperature loggers, and training of key users and warehouse supervisors.

3.2 The Customer shall provide master data, site drawings and access to its ERP test environment in time, and shall nominate key users for testing.

3.3 If the service is not ready for Go-Live Acceptance by the date in A6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to a maximum of CNY 36,000. These amounts may be deducted from any invoice.

3.4 After Go-Live Acceptance the Provider shall give support in Chinese and English through a ticket portal and a hotline, and shall hold a service review with the Customer every quarter, covering availability, incidents, open tickets and planned changes.

### 4. Go-Live Acceptance

4.1 The Customer shall test the configured Service against the following criteria: every process in the approved process list can be executed at each of the four sites; opening stock loaded into the Service matches the stock count by lot and location without difference; ERP order and stock messages are exchanged for five consecutive working days without loss; temperature readings from every logger appear in the Service within two minutes; and scanning transactions complete within two seconds at peak load.

4.2 When the criteria are met, the Customer shall sign a Go-Live Acceptance certificate within five business days or give written reasons for refusal. The Provider shall correct any failure and request acceptance again.

4.3 Use of the Service for training or trial operation before the certificate is signed is not acceptance.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and for no other purpose.

5.2 At the end of the Subscription Term the Provider shall, at the Customer's request made within thirty days, export all Customer Data in CSV format, and shall then delete it.

### 6. Intellectual Property

6.1 The Service and all related software remain the property of the Provider.

6.2 Customer Configurations belong to the Customer. The Provider shall deliver them in a documented, reusable format at the end of the Subscription Term, and the Customer may use and modify them and allow third parties to use them.

### 7. Confidentiality

7.1 Each party shall keep confidential the non-public information of the other party that it receives in connection with this Order Form, including prices, client lists and the Customer's storage volumes, and shall use it only to perform this Order Form.

7.2 This obligation continues for three years after the end of the Subscription Term.

### 8. Warranties

8.1 The Provider warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with reasonable skill and care.

8.2 The Customer's remedies for a failure of the Service to meet the service levels are the service credits in A5, without prejudice to its rights under Section 11.

### 9. Limitation of Liability

9.1 The Provider's total liability arising out of or in connection with this Order Form, whether in contract, tort or otherwise, shall not exceed the fees paid or payable by the Customer in the six (6) months preceding the event giving rise to the claim.

9.2 Neither party is liable for loss of profit, loss of business or indirect loss.

### 10. Subcontracting

10.1 Apart from the hosting provider approved in A6, the Provider shall not subcontract any part of the Service or the onboarding without the Customer's prior written consent, and remains responsible for its subcontractors.

### 11. Term and Termination

11.1 This Order Form starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any continuation requires a new Order Form agreed by both parties.

11.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice.

11.3 If the Customer terminates under Section 11.2, the Provider shall refund any prepaid subscription fees for the period after termination.

### 12. General

12.1 Chinese law, meaning the laws of the People's Republic of China, governs this Order Form.

12.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

12.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters or government action, if it promptly informs the other party and resumes performance as soon as possible.

12.4 Neither party may assign this Order Form without the other's written consent. Notices must be in writing and sent to the contacts in A6.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________
"""

E03 = """T:Purchase Contract for Tailings Dam Monitoring Instruments and Software
P:Contract No. HXK-CG-2027-0058
P:Buyer: Honghe Xinkuang Mining Co., Ltd., Gejiu, Yunnan Province, People's Republic of China.
P:Supplier: Altai Geotechnical Instruments LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office in Ridder, East Kazakhstan Region.
P:The Buyer operates the Laoyinshan tailings storage facility and must upgrade its online safety monitoring to meet the requirements of the mine safety regulator. Following a competitive tender, the Buyer awards this Contract to the Supplier on the Buyer's standard terms set out below.
H:1. Definitions
P:1.1 "Equipment" means the instruments, data loggers, power units, cables and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's GeoWatch monitoring software, version 5, including its alarm engine, web client and mobile client.
P:1.3 "Works" means the delivery, installation, cabling, configuration, commissioning and training described in the Technical Specification.
P:1.4 "Monitoring Data" means all readings, alarms, logs and reports produced by the Equipment and the Software at the Buyer's site.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment, license the Software perpetually for use by the Buyer at the Laoyinshan facility, and carry out the Works, for the fixed Contract Price of CNY 2,000,000 including all taxes, duties, freight to site and insurance. The Contract Price is broken down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Vibrating-wire piezometers with cable|64|6,800|435,200
TB:2|In-place inclinometer strings, 40 m|12|38,500|462,000
TB:3|GNSS surface displacement stations|8|29,600|236,800
TB:4|Data loggers with solar power units|16|13,875|222,000
TB:5|GeoWatch monitoring software, perpetual site licence|1|384,000|384,000
TB:|Hardware and Licence Subtotal|||1,740,000
TB:6|Installation, cabling and commissioning|1 lot|226,000|226,000
TB:7|Training of operators and engineers|1 lot|34,000|34,000
TB:|Contract Price|||2,000,000
P:2.2 Quantities may be changed only by written variation signed by both parties, at the unit prices above.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price within thirty days after all Equipment has been installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms only quantities and installation positions and is not acceptance of the Works.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after signing the Final Acceptance Certificate under Clause 5.
P:3.4 Each payment is subject to receipt of a valid VAT invoice issued through the Supplier's authorised agent in China.
H:4. Delivery, Installation and Delay
P:4.1 The Supplier shall deliver all Equipment to the site within seventy days after signature, and complete installation and commissioning within one hundred and twenty days after signature.
P:4.2 If the Supplier fails to meet either date for reasons not attributable to the Buyer, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct the damages from any amount due.
P:4.3 The Supplier shall follow the Buyer's site safety rules, including permit-to-work for work on the dam crest and slopes, and shall be responsible for the safety of its personnel.
P:4.4 The Supplier is responsible for export formalities in Kazakhstan, import clearance in China and packaging suitable for transport to a mountain site. Equipment shall be new, of the models stated in the Technical Specification, and accompanied by calibration certificates issued not more than six months before delivery.
H:5. Acceptance
P:5.1 After commissioning, the system shall run for a trial period of forty-five consecutive days.
P:5.2 Final acceptance requires that: every instrument reports at the configured interval with a data completeness of at least 98% over the trial period; piezometer readings agree with manual dip readings within the tolerance in the Technical Specification; GNSS stations achieve a horizontal precision of 3 mm or better; each alarm level triggers SMS and on-screen alerts within one minute in a witnessed test; the Software exports the regulator's data format without error; and all documents listed in the Technical Specification are delivered.
P:5.3 The Buyer shall issue the Final Acceptance Certificate within ten working days after the criteria are met, or state in writing which criteria are not met. The Supplier shall remedy the failures at its own cost and the trial period shall be repeated as far as needed.
P:5.4 Delivery, installation, the Installation Certificate or use of the system during the trial period does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months after the date of the Final Acceptance Certificate. During this period the Supplier shall repair or replace any defective Equipment free of charge, including freight and import costs, and shall provide Software corrections and new versions free of charge.
P:6.2 Faults are classified in the following table:
TB:Severity|Description|Remote response|On-site attendance
TB:Severity 1|Alarm function lost, or data missing from more than a quarter of the instruments|1 hour|within 48 hours
TB:Severity 2|A single instrument or logger fails, or a software function is impaired|8 hours|within 5 days
TB:Severity 3|Questions and minor defects|2 working days|as agreed
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response time, the Supplier shall pay the Buyer CNY 1,000, and for each day by which it exceeds the Severity 1 on-site time, CNY 3,000. These amounts may be deducted from any payment or from the performance guarantee.
P:6.4 The Supplier shall keep at the Buyer's site, at its own cost during the warranty period, a stock of spare piezometers, one inclinometer sensor segment and one data logger.
P:6.5 After the warranty period, the Buyer may order annual support covering Software updates, remote support, an annual calibration visit and Equipment repair. The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 139,200 per year, fixed for the first three years after the warranty period. Support is ordered yearly by purchase order and does not renew automatically.
P:6.6 Training shall cover operation of the Software, routine inspection of instruments, battery and solar panel maintenance, and the handling of alarms. The Supplier shall train at least ten operators and four engineers of the Buyer, in Chinese, at the site.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, non-exclusive licence to use it at the Laoyinshan facility and at any replacement facility of the Buyer.
P:7.2 The site model, alarm thresholds, instrument configuration files, report templates and the interface to the Buyer's safety management platform prepared for this Contract belong to the Buyer, which may use and modify them and let third parties use them without restriction. The Supplier shall hand them over with their source files before Final Acceptance.
H:8. Monitoring Data and Security
P:8.1 Monitoring Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy it, keep it or pass it to anyone else.
P:8.2 The Software shall run on the Buyer's servers in China. Remote access by the Supplier requires the Buyer's approval for each session, a named account and multi-factor authentication, and all sessions are logged. The Supplier shall apply security patches within the time agreed with the Buyer and shall not install any software not approved by the Buyer.
P:8.3 The Supplier shall report to the Buyer within twelve hours any security incident affecting the Equipment, the Software or Monitoring Data, shall take immediate remedial action, and is liable for the Buyer's losses caused by its breach of this Clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information concerning the Buyer's facility, its safety condition, drawings and Monitoring Data, and shall not disclose it to any third party without the Buyer's prior written consent, except as required by law. This obligation continues for three years after the end of the warranty period.
H:10. Liability
P:10.1 Whatever the cause of action, the aggregate amount the Supplier must pay under or in connection with this Contract shall not exceed 200% of the Contract Price. No such ceiling applies to death or personal injury, to wilful misconduct, or to a breach of Clause 8 or Clause 9.
H:11. Subcontracting
P:11.1 Any subcontracting of the Works, in whole or in part, needs the Buyer's consent given in writing beforehand. An approved subcontractor's acts are treated as the Supplier's own acts.
H:12. Termination
P:12.1 Where the Supplier is in material breach and the breach is still unremedied twenty days after the Buyer has required a remedy in writing, or where the delay damages under Clause 4.2 have reached their ceiling, the Buyer may end this Contract by written notice.
P:12.2 On termination under Clause 12.1 the Supplier shall refund the amounts paid for Equipment and Works not accepted and compensate the Buyer's additional costs of completing the Works.
H:13. Governing Law and Disputes
P:13.1 The laws of the People's Republic of China apply to this Contract and to its interpretation.
P:13.2 Disputes that the parties cannot settle by negotiation go to arbitration before the Kunming Arbitration Commission, in Kunming.
H:14. Miscellaneous
P:14.1 The Technical Specification and the Supplier's tender are part of this Contract. If they conflict with these terms, these terms prevail. This Contract is made in English and Chinese; both versions have equal force.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Operations Services Agreement

**Agreement No.** GHC-MS-2027-004

**Between**

1. **Jiangxi Ganhong Copper Processing Co., Ltd.**, Yingtan, Jiangxi Province, People's Republic of China (the "Customer"); and
2. **Ulytau Industrial IT Services LLP**, a limited liability partnership registered in the Republic of Kazakhstan, with its office in Zhezkazgan, Ulytau Region (the "Provider").

**Background.** The Customer runs a copper rod and strip plant whose production depends on a server room, a plant network and about 420 end-user devices. The Customer wishes to outsource the day-to-day operation of this infrastructure for thirty-six months, and the Provider, which operates similar services for metals producers, has agreed to provide it on the following terms.

## Section 1 — Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" means the amounts set out in Schedule 3.

1.3 "Customer Data" means all data of the Customer, its employees and its customers that the Provider accesses, processes or stores while providing the Services, including production, quality and personnel data.

1.4 "Service Commencement" means the date on which the Customer confirms in writing under Section 3.3 that transition is complete.

1.5 "Term" means thirty-six months from Service Commencement.

## Section 2 — Services

2.1 The Provider shall provide the Services during the Term in accordance with this Agreement, the Service Levels and good industry practice.

2.2 The Provider shall run a service desk in Chinese from 07:00 to 23:00 Beijing time every day, with an on-call engineer outside those hours, and shall monitor the covered infrastructure around the clock from its operations centre.

2.3 The Provider shall keep at least two engineers at the Customer's plant on working days. Changes of named engineers require at least two weeks' notice and a handover.

2.4 The Customer shall give the Provider's personnel access to its premises and systems as needed, provide a workspace at the plant, and name a service manager who approves changes and signs the monthly service report.

2.5 The Provider shall keep the configuration database, the asset inventory and all runbooks up to date throughout the Term, and shall carry out a disaster recovery exercise with the Customer once in each year of the Term, with a written report of the results and any corrective actions.

## Section 3 — Transition

3.1 The Provider shall take over the Services from the Customer's internal team within sixty days after signature of this Agreement, under a transition plan approved by the Customer.

3.2 Transition includes inventory of all covered assets, documentation of the network and server configuration, set-up of monitoring and the ticketing tool, handover of open tickets, and knowledge transfer sessions.

3.3 The Customer shall confirm Service Commencement when: every asset in the agreed inventory is recorded in the configuration database and monitored; runbooks for the twenty most frequent incidents and for backup and restore are approved by the Customer; a restore test of the production database and of one file server has succeeded; and the service desk has handled tickets for ten working days in parallel with the internal team without a missed target.

3.4 If Service Commencement does not occur within sixty days after signature for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## Section 4 — Charges and Payment

4.1 The Charges are set out in Schedule 1. The total contract value over the Term is CNY 2,200,000, including the one-time Transition Fee. All Charges include VAT.

4.2 The Transition Fee is invoiced after Service Commencement. The Monthly Service Charge is invoiced quarterly in arrears, after the Customer has signed the monthly service reports of the quarter, and Service Credits for the quarter are deducted from the invoice.

4.3 The Customer shall pay each correct invoice within thirty days of receipt. No advance payment is due under this Agreement.

4.4 The Charges are fixed for the Term.

## Section 5 — Service Levels and Reporting

5.1 The Provider shall meet the Service Levels in Schedule 2. If it misses a Service Level, the Customer is entitled to the Service Credits in Schedule 3, which do not limit its other remedies.

5.2 The Provider shall submit a monthly service report within five working days after each month end, showing performance against every Service Level, incidents and their root causes, changes made, capacity trends and improvement actions.

5.3 The Provider shall not make changes to production systems without an approved change request, except emergency changes needed to restore a Priority 1 service, which shall be reported to the Customer's service manager within one hour.

## Section 6 — Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Services and only on the Customer's instructions.

6.2 Customer Data shall remain on the Customer's systems in China. The Provider's remote operations shall run through the Customer's jump server with named accounts, multi-factor authentication and session recording. The Provider shall apply least-privilege access, review access rights every quarter, and remove access of departing staff within one working day.

6.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China, and shall support the Customer's classified protection (MLPS) assessments.

6.4 The Provider shall report any security incident affecting Customer Data to the Customer within two hours after discovering it, shall contain and remedy it, and is liable for the Customer's losses resulting from its breach of this Section 6.

## Section 7 — Intellectual Property

7.1 Runbooks, scripts, monitoring templates, configuration documentation and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and hand them to any successor provider.

7.2 The Provider's own tools and know-how remain the Provider's. Where such tools are embedded in deliverables, the Customer receives a perpetual, free licence to use them for its own operations.

## Section 8 — Subcontracting

8.1 The Provider may engage subcontractors in China for on-site hardware work, cabling and device deployment by giving the Customer written notice at least ten days before the subcontractor starts work. The Provider remains responsible for all subcontracted work.

## Section 9 — Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the total contract value. This limit does not apply to personal injury, wilful misconduct or breach of Section 6.

## Section 10 — Term and Termination

10.1 This Agreement runs from signature until the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after written notice, or if the Provider misses the availability Service Level in three consecutive months.

10.3 On expiry or termination the Provider shall give exit assistance for up to ninety days, including handover of all documentation and credentials to the Customer or its new provider.

## Section 11 — Force Majeure

11.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters or government action, provided that it informs the other party promptly and resumes performance as soon as possible.

## Section 12 — Governing Law and Disputes

12.1 This Agreement shall be construed under and governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.

## Schedule 1 — Services and Charges

| Service element | Scope | Charge (CNY) |
|---|---|---|
| Transition | Section 3, one-time | 112,000 |
| Service desk and end-user support | about 420 devices, 380 users | included in Monthly Service Charge |
| Server and storage operations | 46 virtual and physical servers, backup | included in Monthly Service Charge |
| Plant network operations | core, distribution and 64 access switches, Wi-Fi, firewalls | included in Monthly Service Charge |
| Monthly Service Charge | per month, 36 months at CNY 58,000 | 2,088,000 |
| Total contract value | | 2,200,000 |

## Schedule 2 — Service Levels

| Measure | Target |
|---|---|
| Availability of production servers and plant network, per month | 99.5% |
| Priority 1 incident (production stopped or at risk) — response | 15 minutes, around the clock |
| Priority 1 incident — restoration | 6 hours |
| Priority 2 incident — response / restoration | 1 hour / 1 working day |
| Service desk calls answered within 60 seconds | 90% |
| Successful daily backups | 99% |

## Schedule 3 — Service Credits

| Shortfall | Service Credit |
|---|---|
| Availability below target, for each started 0.2 percentage point | 4% of the Monthly Service Charge |
| Priority 1 response later than target | CNY 2,000 per incident |
| Priority 1 restoration later than target | CNY 1,000 for each started hour |
| Monthly service report later than five working days | CNY 500 per day |
| Maximum Service Credits in one month | 20% of the Monthly Service Charge |

Signed for the Customer: ____________________ Signed for the Provider: ____________________
"""

E05 = """METALS MARKET DATA API SUBSCRIPTION AGREEMENT

Agreement No. HYM-DS-2027-012

PARTIES

1.1 Ningbo Haoyuan Metals Trading Co., Ltd., a company incorporated in the People's Republic of China, registered office in Ningbo, Zhejiang Province (the "Customer").

1.2 Balkhash Metals Intelligence LLP, a limited liability partnership registered in the Republic of Kazakhstan, with its office in Balkhash, Karaganda Region (the "Provider").

1.3 The Customer trades copper cathode, concentrates and other base metals and wishes to feed market data directly into its trading, risk and credit systems. The Provider compiles market data on base metals from exchanges, smelters, ports and its own survey network, and offers it through an application programming interface. The parties agree as follows.

DEFINITIONS

2.1 "API" means the Provider's MetalsFeed REST and streaming interfaces through which the Data is delivered.

2.2 "Data" means the Provider's datasets described in Clause 3.1, including historical series and updates during the Subscription Term.

2.3 "Customer Data" means the Customer's positions, watch lists, queries, credentials, user records and any data the Customer uploads to or generates through its use of the API.

2.4 "Connectors" means the software modules, field mappings and scheduled jobs that the Provider develops under Clause 4 to load the Data into the Customer's systems.

2.5 "Subscription Year" means each period of one year starting on the Start Date or on an anniversary of it, and "Subscription Term" means the first two Subscription Years and any renewal period.

SUBSCRIPTION

3.1 The subscription covers: daily settlement and spot prices for copper, aluminium, zinc, lead, nickel and tin from the principal international and Chinese exchanges; weekly smelter output and treatment charge estimates; weekly bonded and exchange warehouse inventories; daily freight rates for concentrate and cathode routes to Chinese ports; and twenty years of history for each series.

3.2 The Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access the Data through the API for up to 60 named users and 5 system accounts, to store it in its own systems, and to use it for its internal trading, risk management and credit decisions. The Customer may show extracts of the Data in reports to its banks, auditors and regulators.

3.3 The Customer shall not resell the Data or make it available to third parties as a data product.

3.4 The Start Date is the date of Integration Acceptance under Clause 5.

3.5 Each system account may make up to 20,000 API calls per day. The Customer shall keep its API keys secure, shall not share them between users, and shall inform the Provider without delay if it suspects that a key has been misused, so that the Provider can revoke and replace it.

3.6 The Provider may add series to the Data or improve the API. It shall give at least sixty days' notice before withdrawing a series or changing an API version in a way that requires changes to the Connectors, and shall adapt the Connectors free of charge.

INTEGRATION

4.1 The Provider shall develop Connectors that load the Data into the Customer's trading and risk management system, its credit management system and its data warehouse, and shall set up API access, monitoring of the scheduled jobs and an operations guide.

4.2 The Provider shall complete the Connectors and make them ready for Integration Acceptance within fifty days after signature of this Agreement.

4.3 If the Provider does not meet the date in Clause 4.2 for reasons attributable to it, the Provider shall pay the Customer CNY 900 for each day of delay, up to CNY 45,000.

ACCEPTANCE

5.1 The Customer shall test the Connectors against these criteria: all series listed in the data specification arrive in each target system; a comparison of twenty trading days of prices with the exchanges' official settlement prices shows no difference; daily data is available in the Customer's systems by 08:00 Beijing time on each of ten consecutive business days; and failed jobs raise an alert to the Customer's operations mailbox.

5.2 When the criteria are met, the Customer shall sign an Integration Acceptance certificate within five business days, or give written reasons for refusing it. The Provider shall correct the failures at its cost and request acceptance again.

5.3 Trial use of the API before the certificate is signed is not acceptance.

FEES AND PAYMENT

6.1 The fees under this Agreement for the initial Subscription Term are:
(a) Subscription Fee: CNY 348,000 for each Subscription Year, CNY 696,000 for the two Subscription Years;
(b) Integration Fee for the Connectors: CNY 54,000, one-time.
The total fees for the initial Subscription Term are CNY 750,000, including VAT.

6.2 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days of invoice.

6.3 The Integration Fee is invoiced after Integration Acceptance and is payable within thirty days of invoice.

6.4 The Customer may add named users at CNY 4,800 per user per Subscription Year, prorated by month.

SERVICE AND SUPPORT

7.1 The Provider will use commercially reasonable efforts to make the API available at all times and to publish each day's updates promptly after the close of the relevant markets.

7.2 The Provider will answer support requests sent by e-mail or through its support portal on Kazakhstan business days, in English or Chinese.

7.3 The Provider may carry out maintenance of the API at any time but will try to schedule it outside the Customer's trading hours and to announce it in advance on its status page.

7.4 If the Provider discovers an error in the Data, it will publish a correction and inform the Customer through the API change log.

CUSTOMER DATA AND SECURITY

8.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the subscription and the Connectors, and shall not analyse, combine or share it for any other purpose.

8.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access for its staff, access logging and regular vulnerability testing, and shall host the Customer's account data in a data centre in mainland China.

8.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all reasonable steps to contain it, and is liable for the Customer's losses resulting from its failure to comply with this Clause 8.

8.4 At the end of the Subscription Term the Provider shall delete Customer Data within thirty days and confirm the deletion in writing.

INTELLECTUAL PROPERTY

9.1 The Data and the API remain the property of the Provider and its licensors.

9.2 The Connectors, including their source code and documentation, belong to the Customer, which may use and modify them and allow its service providers to maintain them. The Provider shall deliver the source code at Integration Acceptance.

CONFIDENTIALITY

10.1 Information that a party learns about the other under this Agreement and that is not public, including the Customer's positions and trading interests and the Provider's pricing, is confidential. The receiving party shall not reveal it to third parties without the other's prior written approval. This duty lasts until three years after the end of the Subscription Term.

LIABILITY

11.1 The total liability of each party under this Agreement is limited to twice the total fees for the initial Subscription Term, except for breach of Clause 8 or Clause 10, wilful misconduct and personal injury.

11.2 The Customer is responsible for its own trading decisions; the Provider does not warrant that the Data is suitable for a particular purpose.

SUBCONTRACTING

12.1 The Provider shall not subcontract the development of the Connectors or the hosting of Customer Data without the Customer's prior written consent.

TERM, RENEWAL AND TERMINATION

13.1 This Agreement starts on signature and continues until the end of the second Subscription Year.

13.2 After the second Subscription Year, this Agreement renews automatically for further periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current Subscription Year.

13.3 The Provider may increase the Subscription Fee for any renewal period by giving the Customer written notice at least ninety days before the renewal period begins. The increase shall not exceed 9% of the Subscription Fee of the previous Subscription Year.

13.4 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice. If the Customer terminates for the Provider's breach, the Provider shall refund the Subscription Fee paid for the remainder of the Subscription Year.

GOVERNING LAW AND DISPUTES

14.1 The laws of the People's Republic of China govern this Agreement.

14.2 Any dispute arising from this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

FORCE MAJEURE

15.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, exchange closures or government action, if it informs the other party promptly and resumes performance as soon as possible.

GENERAL

16.1 Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing and signed by both parties.

16.2 This Agreement is made in English in two originals.

Signed for the Customer: ____________________    Date: __________

Signed for the Provider: ____________________    Date: __________
"""


# ---------------------------------------------------------------------------------------------------------------
# Design: file, language, category, kind, the terms as this folder's author reads each draft, the price parts (which
# must add up to the contract value), the TCO fee base, a foreign forum flag, and the rules the design calls for.
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def d(file, lang, cat, kind, src, terms, sla, ld_stated, capped, deemed, cv, parts, base, design, forum_abroad=False):
    t = dict(zip(TERM_KEYS, terms + [kind]))
    return dict(file=file, lang=lang, cat=cat, src=src, terms=t, sla=sla, ld_stated=ld_stated, capped=capped,
                deemed=deemed, cv=cv, parts=parts, base=base, design=sorted(design), forum_abroad=forum_abroad)


G, S = "goods_or_licence", "service"
DESIGN = {
    "h798z01": d("h798z01_ocean_bureau_marine_debris_monitoring_platform.pdf", "zh", "software", G, Z01,
                 [99.95, 0.5, True, "joint", True, True, True, 0.03, None, 20, True, True, 24, 9, False, True, False,
                  "PRC"], True, True, True, False, 1548000, [780000, 624000, 118000, 26000], 780000,
                 ["CR-IP-OWNERSHIP", "CR-LD-LOW"]),
    "h798z02": d("h798z02_cling_film_plant_line_control_retrofit.docx", "zh", "hardware", G, Z02,
                 [None, 0.5, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 28, False, False, False,
                  "PRC"], True, True, True, False, 1460000, [504000, 138000, 276000, 174000, 144000, 168000, 56000],
                 1236000, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"]),
    "h798z03": d("h798z03_cricket_academy_chain_booking_membership_saas.txt", "zh", "cloud", S, Z03,
                 [99.95, 0.5, True, "buyer", True, False, True, None, 200, None, True, None, None, None, False, True,
                  False, "PRC"], True, False, None, False, 864000, [40 * 9600 * 2, 96000], None,
                 ["CR-DATA-OWNERSHIP", "CR-LD-MISSING"]),
    "h798z04": d("h798z04_port_authority_yacht_marina_system_annual_om.txt", "zh", "services", S, Z04,
                 [99.98, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                  False, "PRC"], True, True, None, False, 436000, [4 * 109000], None, []),
    "h798z05": d("h798z05_velvet_flower_workshop_process_tracking_supplier_template.md", "zh", "software", G, Z05,
                 [None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None,
                  None], True, True, False, True, 330000, [168000, 132000, 24000, 6000], 168000,
                 ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                  "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h798e01": d("h798e01_steel_mill_reliability_licence_temirtau_vendor.pdf", "en", "software", G, E01,
                 [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                  "Kazakhstan"], True, True, True, False, 1600000, [1120000, 438000, 42000], 1120000,
                 ["CR-GOVERNING-LAW"], forum_abroad=True),
    "h798e02": d("h798e02_cold_chain_wms_saas_order_form_taldykorgan_vendor.md", "en", "cloud", S, E02,
                 [99.95, 0.5, True, "buyer", False, True, True, 600 / 600000 * 100, 6 / 24 * 100, None, True, None,
                  None, None, False, True, False, "PRC"], True, True, None, False, 600000, [264000, 264000, 72000],
                 None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h798e03": d("h798e03_tailings_dam_monitoring_instruments_ridder_vendor.docx", "en", "hardware", G, E03,
                 [None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 8, False, True, False,
                  "PRC"], True, True, True, False, 2000000, [64 * 6800, 12 * 38500, 8 * 29600, 16 * 13875, 384000,
                                                             226000, 34000], 1740000, []),
    "h798e04": d("h798e04_copper_plant_managed_it_operations_zhezkazgan_vendor.md", "en", "services", S, E04,
                 [99.5, 0.25, True, "buyer", True, True, False, 2000 / 2200000 * 100, 150, None, True, None, None,
                  None, False, True, True, "PRC"], True, True, None, False, 2200000, [112000, 36 * 58000], None,
                 ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h798e05": d("h798e05_metals_market_data_api_subscription_balkhash_vendor.txt", "en", "cloud", S, E05,
                 [None, None, False, "buyer", True, True, True, 900 / 750000 * 100, 200, None, True, None, None, None,
                  True, True, False, "PRC"], False, True, None, False, 750000, [2 * 348000, 54000], None,
                 ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (defaults) and the TCO horizon of §4
TH = dict(avail=99.9, resp=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40, horizon=5)


def tco_share(x):
    t = x["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["capped"]:
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * x["base"]
    return fees / (x["cv"] + fees) * 100


def derive(x):
    """Rules from a label, as this author reads policy §3 and its reading notes."""
    t, r = x["terms"], set()
    if not x["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["avail"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["resp"]:
        r.add("CR-SLA-RESPONSE")
    if x["sla"] and not t["sla_remedy"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["capped"] or t["post_warranty_fee_pct"] > TH["pwf"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(x)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x["forum_abroad"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(x):
    extra = {"sla_clause": x["sla"], "ld_stated": x["ld_stated"]}
    if x["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x["deemed"]
    extra["contract_value"] = x["cv"]
    return {"file": x["file"], "language": x["lang"], "category": x["cat"], "expected_terms": x["terms"],
            "expected_extra": extra, "expected_rules": x["design"]}


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan: no threshold figure may appear in any built file (raw, whitespace-collapsed, whitespace-free).
# ---------------------------------------------------------------------------------------------------------------
NB = r"(?<![\d.,])"
ZN = "一二三四五六七八九十百千万零〇两第点"
THRESHOLD_RX = re.compile("|".join([
    NB + r"99\.90*(?!\d)",
    NB + r"0?\.050*(?!\d)",
    NB + r"(?:30|15|40|100)(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    NB + r"4(?:\.0+)?\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时|钟头)",
    NB + r"12\s*(?:-\s*)?(?:months?|个月|個月)",
    NB + r"5\s*(?:-\s*)?(?:years?|年(?!度))",
    r"(?<![" + ZN + r"])(?:四个?小时|十二个月|五年(?!度)|百分之(?:三十|四十|十五|百|一百)(?![" + ZN + r"])|万分之五(?![" + ZN + r"]))",
    r"(?<![-\u2010])(?<!ty)(?<!ty\s)four\s*(?:\(4\)\s*)?(?:-\s*)?hours?\b|\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?\b"
    r"|(?<![-\u2010])(?<!ty)(?<!ty\s)five\s*(?:\(5\)\s*)?(?:-\s*)?years?\b",
    r"\b(?:thirty|fifteen|forty|one\s*hundred|a\s*hundred)\s*(?:per\s*cent|percent)",
]), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4h", "within 4 hrs", "四小时", "4小时", "12个月", "十二个月", "12 months",
            "twelve months", "30%", "30 %", "百分之三十", "15%", "40 %", "百分之四十", "100%", "百分之百", "0.05%",
            "0.05 % per day", "万分之五", "five years", "5 years", "五年", "forty per cent", "one hundred percent",
            "twelve (12) months", "within four hours", "withinfourhours"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "14小时", "24小时", "130%", "35%", "45%", "百分之三十五", "万分之五十",
             "0.055", "10.05", "2026年12月", "第五年度", "服务年度", "115%", "1.5 years", "25 years", "2025年",
             "two hours", "fourteen hours", "twelve hours", "five months", "twenty-four hours", "twenty four hours", "twenty-five years", "百分之十五点五", "7×12小时"]
for s_ in MUST_HIT:
    assert THRESHOLD_RX.search(s_), ("must hit", s_)
for s_ in MUST_MISS:
    assert not THRESHOLD_RX.search(s_), ("must miss", s_, THRESHOLD_RX.search(s_))


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


def check_thresholds_in_values(key, x):
    t = x["terms"]
    assert t["availability_pct"] != TH["avail"], key
    assert t["p1_response_hours"] != TH["resp"], key
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9, key
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - TH["cap"]) > 1e-9, key
    assert t["prepayment_pct"] != TH["prepay"], key
    assert t["warranty_months"] != TH["warranty"], key
    assert t["post_warranty_fee_pct"] != TH["pwf"], key
    share = tco_share(x)
    assert share is None or abs(share - TH["tco"]) > 2, (key, share)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    covered = set()
    for key, x in DESIGN.items():
        assert sum(x["parts"]) == x["cv"], (key, sum(x["parts"]), x["cv"])
        assert list(x["terms"]) == TERM_KEYS, key
        check_thresholds_in_values(key, x)
        rules = derive(x)
        assert rules == x["design"], (key, rules, x["design"])
        covered |= set(rules)
        path = OUT / x["file"]
        if path.suffix in (".docx", ".pdf"):
            write({key: x["src"]}, {key: (x["file"], path.suffix[1:])}, OUT, wrap_words=True)
        else:
            path.write_text(x["src"], encoding="utf-8")
            print("wrote", x["file"])
        (OUT / (path.stem + ".json")).write_text(json.dumps(label(x), indent=1, ensure_ascii=False),
                                                 encoding="utf-8")
        text = read_back(path)
        if x["lang"] == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
            unit = "chars"
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
            unit = "words"
        for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RX.search(form)
            assert not m, (key, m.group(0), form[max(0, m.start() - 40):m.end() + 40])
        share = tco_share(x)
        print("  %s %d %s; rules %s; risk %s%s" % (key, n, unit, ", ".join(r[3:] for r in rules) or "(none)",
                                                  risk(rules), "" if share is None else "; TCO share %.1f %%" % share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    n_clean = [k for k, x in DESIGN.items() if not x["design"]]
    assert sorted(n_clean) == ["h798e03", "h798z04"], n_clean
    assert DESIGN["h798e01"]["design"] == ["CR-GOVERNING-LAW"] and risk(DESIGN["h798e01"]["design"]) == "low"
    assert 8 <= len(DESIGN["h798z05"]["design"]) <= 10
    for k in ("h798z01", "h798z02", "h798z03", "h798e02", "h798e04", "h798e05"):
        assert 2 <= len(DESIGN[k]["design"]) <= 3, k
    print("all checks passed; all 20 rules covered")
