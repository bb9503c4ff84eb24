"""holdout753: builds the ten blind held-out drafts and their .json labels, and checks them.

Run in this folder:  /work/main/.venv/bin/python -B make_files.py
.txt/.md are written as they are; .docx/.pdf are built by ../word_pdf.py from the markup below (T/H/P/TB lines).
The labels are written from LABELS; each draft's rules are derived from its label with my own reading of policy §3
and compared with DESIGN; the set must fire all 20 CR rules; lengths and threshold figures are asserted.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市禁毒宣传与戒毒康复人员管控平台建设项目合同
P:合同编号：LJGA-JD-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市公安局（临江市禁毒委员会办公室）
P:乙方（供应商）：江北数智警务科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方经协商一致，以甲方提供的合同文本订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供"临江禁毒综合管理平台"软件许可（永久使用，不限用户数），并完成以下定制开发：禁毒宣传教育模块（线上答题、宣传活动报名、宣传资料库）、社区戒毒与社区康复人员管控模块（报到签到、尿检记录、风险评估、帮扶台账、预警推送）、移动端小程序及与甲方现有警务数据平台的接口。
P:1.2 乙方负责平台的部署、数据初始化、系统联调、用户培训及质保期内的运行维护。
P:1.3 招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分，如有不一致，以本合同及中标通知书为准。
P:1.4 平台部署于甲方指定的公安信息网及互联网区，互联网区仅承载宣传教育和社会公众报名功能，两区之间通过甲方既有的安全边界平台交换数据。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾万元整（¥2,200,000.00），为含税固定总价，包括：平台软件许可费¥1,180,000；定制开发费¥860,000；实施部署费¥126,000；培训费¥34,000。
P:2.2 除本合同另有约定外，甲方无须另行支付任何费用。平台运行所需的第三方中间件、数据库授权及短信通道费用已包含在合同总价内。
H:第三条 付款方式
P:3.1 本合同生效且乙方提交等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统初验合格后，甲方支付合同总价的45%。
P:3.3 系统最终验收合格并签署验收报告后，甲方支付合同总价的35%。
P:3.4 甲方付款按财政资金支付程序办理，乙方应予配合。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后一百二十日内完成部署及定制开发并提请初验，初验合格后进入九十日试运行。
P:4.2 乙方应提交需求规格说明书、设计文档、测试报告、用户手册、源代码及部署手册。
P:4.3 乙方应指定一名项目经理全程负责本项目，项目经理及核心开发人员不得擅自更换；确需更换的，应提前书面报甲方同意，且替换人员资历不低于原人员。
P:4.4 乙方应每两周向甲方提交项目进度报告，参加甲方组织的项目例会，如实报告进度、问题及风险。甲方有权对开发和部署过程进行检查。
P:4.5 甲方应提供必要的机房环境、网络接入、测试账号和业务资料，并指定联系人协调各禁毒成员单位及社区戒毒社区康复工作站的需求调研。
H:第五条 验收
P:5.1 初验标准：全部功能按需求规格说明书逐项测试通过；500个并发用户下页面响应时间不超过2秒；与警务数据平台接口数据核对一致；通过第三方等级保护测评（第三级）和商用密码应用安全性评估。
P:5.2 最终验收标准：试运行期间无一级故障，累计二级故障不超过三次，全部问题整改完毕，文档齐全。
P:5.3 甲方可邀请市禁毒委员会成员单位代表及外部专家参加验收，验收费用由甲方承担；第三方测评发现的问题由乙方负责整改，复测费用由乙方承担。
P:5.4 系统上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件修复、版本升级、现场及远程技术支持。
P:6.2 乙方应为甲方及各区县禁毒办、社区戒毒社区康复工作站的管理人员和操作人员提供集中培训和上门培训，培训合格率应达到甲方要求，并提供培训教材和操作视频。
P:6.3 质保期满后，甲方如需继续委托乙方运维，年度运维费不超过软件许可费的9%（即每年不超过¥106,200），且质保期满后三年内不得上调，另行签订运维合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。
P:7.2 一级故障（平台整体不可用或管控数据无法录入）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:7.3 响应或恢复超时的，每超时一小时扣减运维费或履约保证金¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥3,000。
H:第八条 数据安全
P:8.1 平台数据（含戒毒康复人员个人信息、尿检记录、宣传活动数据）均属于甲方所有。乙方仅为履行本合同处理数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及公安信息化安全规定：运维人员须经政审，通过甲方堡垒机操作并全程审计；敏感个人信息加密存储；禁止将数据带出甲方机房。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履行本合同知悉的甲方警务工作秘密、工作部署及其他非公开信息负有保密义务，未经甲方书面同意不得披露，本义务不因合同终止而解除。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，并将名单报甲方备案；人员离场时应交回全部工作资料和门禁凭证，注销其系统账号。
H:第十条 知识产权
P:10.1 定制开发形成的软件、源代码、接口程序及文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:10.2 平台基础软件知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合约定且逾期未整改的，甲方有权要求乙方赔偿由此造成的损失。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同全部或部分转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 乙方违反第八条、第九条约定的，甲方可立即解除合同。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力致使合同不能履行的，受影响一方应及时通知对方，并在十五日内提供证明，双方根据不可抗力的影响协商延期履行或部分免除责任。
H:第十六条 通知
P:16.1 本合同项下的通知应以书面形式送达双方在本合同中列明的地址或联系人，变更联系方式的，应在三日内通知对方。
H:第十七条 其他
P:17.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市公安局　　乙方（盖章）：江北数智警务科技有限公司
P:签订日期：2027年3月____日
"""

Z02 = """T:炭化窑生产线控制系统改造及维保合同
P:合同编号：QS-TH-2027-006
P:甲方：青山县绿源机制木炭厂
P:乙方：南平恒控自动化工程有限公司
P:甲方拟对现有六条机制木炭炭化窑生产线的控制系统进行改造，实现窑温、窑压、烟气的自动监测与闭环控制。双方经平等协商，订立本合同。
H:第一条 合同标的
P:1.1 乙方负责提供控制设备及软件，完成安装、编程组态、联调、培训，并在质保期内及期满后按本合同提供维保服务。
P:1.2 改造范围：六条炭化窑的温度、压力、烟气监测点位，进风及排烟风门的自动调节，中控室上位机监控与报表，以及与甲方现有烟气净化装置的联锁。原有窑体、烟道及土建部分不在本合同范围内。
P:1.3 设备及软件清单与价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|炭化窑PLC控制柜|8台|62,000|496,000
TB:2|温度、压力传感器组|96套|2,250|216,000
TB:3|烟气在线分析仪|4台|48,500|194,000
TB:4|变频器及风门执行机构|32套|5,750|184,000
TB:5|工业交换机及光纤环网|1批|76,000|76,000
TB:6|炭化工艺控制软件许可（含上位机HMI）|1套|214,000|214,000
TB:软硬件小计||||1,380,000
TB:7|安装调试费|1项|86,000|86,000
TB:8|编程组态及工艺参数整定|1项|64,000|64,000
TB:9|操作及维护培训|1项|18,000|18,000
TB:合同总价||||1,548,000
H:第二条 合同价款与支付
P:2.1 合同总价为人民币壹佰伍拾肆万捌仟元整（¥1,548,000），含税，包括设备、软件、运输、安装、调试、培训等全部费用。
P:2.2 合同生效后十日内，甲方支付合同总价的20%作为预付款。
P:2.3 设备全部到货并安装完毕后，甲方支付合同总价的45%；到货、安装不视为验收合格。
P:2.4 系统最终验收合格后，甲方支付合同总价的35%。
H:第三条 交付与安装
P:3.1 乙方应在合同生效后七十五日内完成全部设备到货，一百二十日内完成安装调试并提请验收。改造施工应利用甲方的停窑检修期，分批进行，不得影响未改造窑的生产。
P:3.2 乙方进入厂区施工应遵守甲方安全生产、动火作业和防火管理制度，施工人员须经甲方安全交底并佩戴劳动防护用品。因乙方违章作业造成人身伤害或财产损失的，由乙方负责。
P:3.3 甲方应按施工计划提供停窑时间、施工用电、材料临时堆放场地，并指派工艺人员配合调试。因甲方未按约定提供条件导致工期延误的，工期相应顺延。
P:3.4 乙方应在设备到货前提交设备清单、出厂检验报告、合格证及说明书；传感器和分析仪应附具有资质的计量机构出具的检定或校准证书。
H:第四条 验收
P:4.1 验收标准：各窑温度测量误差不大于±3℃；窑压控制偏差不大于±5Pa；烟气分析仪数据与比对监测结果偏差符合国家标准；炭化周期自动控制连续稳定运行二十日；报警、联锁功能逐项测试有效；技术文档齐全。
P:4.2 验收分两个阶段：每条窑改造完成后进行单窑调试确认，六条窑全部完成后进行整体验收。单窑调试确认仅作为进度依据，不视为验收合格。
P:4.3 验收期间，乙方应派工艺工程师驻厂，配合甲方记录炭化周期、出炭率、能耗和烟气排放数据，并与改造前的基准数据进行对比，形成验收测试报告。
P:4.4 乙方提交验收申请后，甲方在十日内组织验收并出具书面意见。不合格的，乙方应在十日内整改并重新提请验收。
H:第五条 质量保证
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现非甲方原因的故障，乙方免费维修或更换。
P:5.2 乙方提供的设备应为全新原厂正品，符合国家及行业标准，并适应炭化车间高温、粉尘环境，控制柜防护等级不低于设计文件要求。
P:5.3 乙方应在验收时移交电气原理图、接线图、PLC程序备份、组态工程文件、设备操作规程及维护手册，并向甲方提供一批常用备品备件，清单见附件。
H:第六条 维保服务
P:6.1 一级故障（任一窑控制失效或停窑）：乙方在1小时内响应，8小时内到场处理；二级故障：2小时内响应，次日到场。
P:6.2 乙方超时响应或超时到场的，每超时一小时向甲方支付¥800，从维保费或应付款中扣除。
P:6.3 质保期满后，乙方继续提供维保服务，维保年费为软硬件小计的26%，即每年¥358,800，质保期满后三年内固定不变，按年度结算。
P:6.4 维保内容包括季度巡检、传感器校准、软件缺陷修复及备件更换（不含易损件），乙方每次巡检后应提交巡检报告。
P:6.5 乙方应为甲方中控室操作人员和电工提供不少于两期的操作与维护培训，使其能独立完成日常操作、参数调整和简单故障处理。
H:第七条 知识产权
P:7.1 为甲方编写的PLC程序、组态画面及工艺参数库归甲方所有，乙方应交付源程序，甲方可自行修改使用。
P:7.2 控制软件的著作权归原权利人，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 系统采集的生产数据及工艺参数属于甲方，乙方不得用于本合同以外的目的。
P:8.2 控制网络与甲方办公网络之间应设置工业防火墙，乙方不得擅自开通互联网连接。
P:8.3 乙方远程维护须经甲方逐次批准，通过甲方指定的加密通道接入，操作留痕；不得在控制网络中安装与本项目无关的软件。
P:8.4 因乙方原因导致数据泄露、控制系统被侵入的，乙方应在2小时内报告，并承担全部损失。
H:第九条 保密
P:9.1 乙方对甲方的炭化工艺、配方、产量及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍然有效。
P:9.2 乙方不得以甲方改造项目的工艺参数或现场照片作宣传材料，确需引用的，应事先取得甲方书面同意。
H:第十条 分包
P:10.1 乙方可将现场电缆敷设、桥架安装等辅助施工分包给具有相应资质的单位，但应提前三日书面通知甲方；乙方对分包单位的工作质量和安全承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方原因造成甲方停产或设备损坏的，乙方应赔偿实际损失。
P:11.3 乙方提供的设备经验收不合格、且在整改期限内仍未达到验收标准的，甲方有权要求乙方更换设备或退货，由此产生的费用由乙方承担。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方返还已付款项及赔偿损失。
P:12.2 合同解除后，乙方应在甲方通知的期限内拆除未验收的设备，恢复原有控制线路，保证甲方炭化窑能够恢复原有方式生产。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，提交三明仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因地震、洪水等不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，履行期限相应顺延。
H:第十五条 其他
P:15.1 本合同未尽事宜，由双方另行协商并签订补充协议。附件包括技术规格书、设备清单、施工方案及备品备件清单，与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青山县绿源机制木炭厂　　乙方（盖章）：南平恒控自动化工程有限公司
P:日期：2027年4月____日
"""

Z03 = """锦针连锁裁缝门店预约与会员管理系统服务合同

合同编号：JZ-SaaS-2027-03

甲方：杭州锦针服饰服务连锁有限公司（以下简称"甲方"）
乙方：云裁信息技术（苏州）有限公司（以下简称"乙方"）

甲方经营改衣与定制业务，在华东地区设有35家门店。为统一门店预约、量体档案、订单进度和会员管理，甲方订购乙方的"云裁门店"SaaS服务并委托乙方实施。双方协商一致，订立本合同。

一、服务内容
（一）乙方向甲方35家门店及总部提供"云裁门店"SaaS服务，包括：
1. 线上预约：小程序预约改衣、量体、取件，门店排班与到店提醒；
2. 量体与订单：顾客量体档案、改衣工单、定制订单进度跟踪、取件通知；
3. 会员管理：储值、积分、会员等级、优惠券及营销短信；
4. 总部管理：门店经营报表、技师绩效、库存面料管理。
（二）乙方负责实施服务：系统配置、35家门店开通、历史会员数据迁移、与甲方收银系统及财务系统的接口开发、店长及技师培训。
（三）服务期内，乙方应免费提供平台的功能升级和安全补丁，升级不得影响甲方已配置的业务流程和数据；重大版本升级应提前十日通知甲方并在门店营业时间以外进行。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算。
（二）服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期年度的服务费由乙方根据当年公布的价格标准调整，乙方应在续期前通知甲方调整后的价格。

三、费用及支付
本合同第一、第二服务年度的服务费及一次性费用均为固定价格，在上述期间内不作调整。
（一）服务费：门店版每店每年6,800元，35家门店合计238,000元/年；总部管理模块52,000元/年；每个服务年度服务费合计290,000元。
（二）一次性费用：实施费86,000元，历史数据迁移费24,000元，合计110,000元。
（三）合同总价：两个服务年度服务费580,000元及一次性费用110,000元，合计690,000元（含税）。
（四）支付方式：
1. 一次性费用在上线验收合格后十个工作日内支付；
2. 每个服务年度的服务费在该服务年度开始后十个工作日内支付；
3. 乙方应在付款前开具增值税专用发票。

四、实施与验收
（一）乙方应在合同签订后六十日内完成全部门店开通和数据迁移，并提请上线验收。
（二）验收标准：
1. 35家门店全部开通，预约、工单、会员功能按功能清单逐项测试通过；
2. 迁移的会员、储值余额和积分与原系统逐条核对一致，差异为零；
3. 与收银、财务系统的接口连续七日对账无差错；
4. 在门店营业高峰时段，预约和开单操作响应时间不超过2秒；
5. 小程序预约、到店提醒和取件通知在测试门店连续三日运行正常。
（三）甲方在收到验收申请后七个工作日内组织验收；不合格的，乙方应整改后重新提请验收。门店开始使用不视为验收合格。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划维护应安排在门店营业时间以外并提前三日通知甲方。
（二）故障分级与响应：
1. 一级故障（全部或多家门店无法预约、开单或收款）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或单一功能不可用）：1小时内响应，当日解决；
3. 三级问题：两个工作日内答复。
（三）服务抵扣：月度可用率每低于约定值0.1个百分点，按当月服务费的3%抵扣；一级故障每超时恢复一小时，抵扣1,000元，抵扣从下一期服务费中扣除。

六、数据安全与数据归属
（一）甲方及其顾客的数据（包括量体数据、会员信息、订单及交易记录）归甲方所有，乙方仅为向甲方提供本合同服务使用，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的云服务器，采取加密存储、传输加密、访问权限控制、操作日志和每日备份措施，系统须通过网络安全等级保护第二级测评。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，协助甲方履行个人信息保护义务，因乙方原因造成的损失由乙方承担。
（四）乙方运维人员访问甲方数据须经授权并留存操作日志，不得批量导出顾客个人信息；营销短信仅按甲方指令向已同意接收的会员发送。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出全部数据并交付甲方，随后删除其系统中的甲方数据并出具删除证明。

七、知识产权
（一）"云裁门店"平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）为甲方开发的接口程序、定制报表及配置方案归甲方所有，甲方可自行或委托他人修改和使用。

八、违约责任
（一）乙方未按第四条约定期限提请上线验收的，每逾期一日，按合同总价的千分之一支付违约金。
（二）乙方违反第六条约定的，应赔偿甲方及其顾客因此遭受的全部损失。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。

九、分包与转让
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包或转让给第三方。

十、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的服务费。
（二）一级故障在一个服务年度内累计发生三次以上的，甲方有权解除合同。
（三）合同解除或服务期满不续约的，乙方应按第六条第（五）项交付数据，并在数据交付完成前保持系统可供甲方查询，不得以任何理由扣留甲方数据。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十二、门店增减与培训
（一）服务期内甲方新开门店的，乙方应在接到通知后五个工作日内开通，按每店每年6,800元标准自开通之月起按月折算计费；门店关闭的，自次月起停止计费。
（二）乙方应在上线前为每家门店的店长和技师提供现场或视频培训，并提供操作手册和短视频教程；服务期内系统新增功能的，乙方应免费提供线上培训。
（三）乙方应为甲方指定一名客户经理，每季度与甲方回顾服务情况，提交服务报告，内容包括可用率、故障记录、抵扣金额和改进计划。

十三、甲方的义务
（一）甲方应指定项目负责人，及时提供门店清单、历史数据、收银和财务系统的接口资料，并组织门店人员参加培训和验收测试。
（二）甲方负责管理本方账号和权限分配，门店人员离职的，甲方应及时停用其账号。
（三）甲方应按本合同约定按时支付费用。

十四、不可抗力
因不可抗力导致任何一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明。不可抗力持续超过三十日的，双方协商是否继续履行。

十五、其他
（一）本合同附件包括：功能清单、门店清单、接口说明、验收测试用例，附件与本合同具有同等效力。
（二）本合同未尽事宜，双方可签订补充协议。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：杭州锦针服饰服务连锁有限公司
乙方（盖章）：云裁信息技术（苏州）有限公司
签订日期：2027年5月____日
"""

Z04 = """滨海交响乐团音乐厅票务与演出排期系统运维服务合同

项目编号：BHCG-2027-CS-041（竞争性磋商）
甲方（采购人）：滨海市交响乐团（滨海音乐厅）
乙方（成交供应商）：海韵文旅信息技术有限公司

根据滨海市政府采购竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就音乐厅票务与演出排期系统运维服务事项，订立本合同。

第一条 服务范围
1. 运维对象：滨海音乐厅票务系统（含线上售票小程序、票房窗口售票终端、检票闸机管理、会员与团体票模块）、演出排期与场地管理系统、与支付平台及城市文旅平台的接口，以及上述系统所在的服务器、数据库和网络安全设备。
2. 服务内容：日常监控与巡检、故障处理、数据库维护与备份、系统安全加固与漏洞修补、演出季开票及重大演出期间的现场保障、演出排期数据维护、用户操作支持与培训。
3. 乙方应派驻两名驻场工程师，工作时间覆盖售票厅营业时间；重大演出开票日及演出当晚应安排专人值守。

第二条 服务期限
服务期自2027年3月1日起至2028年2月29日止。服务期满，本合同自然终止；甲方如需继续采购，依法另行组织采购。

第三条 服务费用及支付
1. 本合同服务费总额为人民币伍拾陆万捌仟元整（¥568,000），含税，包括驻场人员、现场保障、小额备品备件及差旅等全部费用。
2. 服务费按季度支付，每季度¥142,000。每季度结束后，甲方依据第六条考核结果，在十五个工作日内支付该季度服务费（扣除应扣减金额）。
3. 甲方不预付任何服务费。乙方应在每次收款前开具合法有效的增值税发票，发票不符合要求的，甲方付款期限相应顺延。
4. 因甲方需要增加服务内容的，双方协商签订补充协议，费用按磋商报价单价计算。

第四条 服务水平
1. 售票时段（每日9:00-21:00）票务系统可用率不低于99.95%，按季度统计。
2. 故障等级及处理时限：
（1）一级故障（线上或窗口售票中断、检票闸机无法验票、支付回调失败）：15分钟内响应，驻场人员立即处理，2小时内恢复；
（2）二级故障（部分功能异常但仍可售票）：30分钟内响应，6小时内解决；
（3）三级问题（咨询和优化需求）：一个工作日内答复。
3. 重大演出开票日前，乙方应完成压力测试，保证系统支撑每分钟3,000笔下单。
4. 乙方应每日检查数据库备份，每周进行一次异地备份，每月进行一次备份恢复演练；对系统补丁和版本变更实行变更审批，变更前在测试环境验证并制定回退方案。
5. 乙方应每月对服务器、数据库和网络安全设备进行漏洞扫描，并配合甲方完成网络安全等级保护测评及整改。

第五条 服务扣减
1. 季度可用率每低于约定值0.01个百分点，扣减当季服务费¥2,000。
2. 一级故障每超过恢复时限一小时，扣减¥3,000；二级故障每超过解决时限一小时，扣减¥500。
3. 驻场人员缺岗一个工作日，扣减¥800。
4. 上述扣减从当季服务费中直接扣除，乙方对扣减有异议的，可在五个工作日内提出复核。

第六条 考核与验收
1. 乙方每月提交运维报告，内容包括巡检记录、故障清单与处理结果、可用率统计、安全漏洞修补情况和备份恢复演练记录。
2. 甲方每季度按以下标准进行考核验收：可用率及故障处理时限达到第四条要求；每月备份恢复演练成功；高危漏洞在发现后七日内修补；开票日和演出日保障无重大事故；运维文档更新完整。考核结果作为季度付款依据。
3. 运维报告及考核资料由甲方信息管理人员审核，必要时甲方可抽查系统日志和备份介质，乙方应予配合。
4. 服务期满，甲方对全年运维服务进行总体验收，乙方应移交全部运维文档、脚本和账号权限。

第七条 数据安全
1. 票务系统中的观众个人信息、购票记录、会员数据及演出排期数据均属于甲方，乙方仅为履行运维服务访问，不得用于任何其他目的，不得复制、留存或向第三方提供。
2. 乙方人员须通过甲方堡垒机进行运维操作，使用个人账号，操作全程记录；不得将数据导出至甲方网络以外；测试须使用脱敏数据。
3. 发生数据泄露、篡改或支付安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担由此产生的全部赔偿责任。

第八条 保密
乙方对履行合同中知悉的甲方演出计划、艺术家合约信息、票房数据及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。

第九条 知识产权
乙方在服务期内为甲方编写的运维脚本、监控配置、应急预案及文档归甲方所有，甲方可自由使用和修改。

第十条 违约责任
1. 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任。
2. 因乙方原因给甲方造成损失的，乙方应赔偿甲方的实际损失。
3. 甲方无正当理由逾期付款的，应在乙方催告后及时支付。

第十一条 合同的变更与终止
1. 本合同履行期间，任何一方不得擅自变更或解除合同。
2. 因不可抗力导致合同无法履行的，双方协商处理。
3. 服务期内因甲方系统升级改造导致运维范围变化的，双方可签订补充协议调整服务内容和费用。

第十二条 分包
本项目不得分包，乙方不得将服务转包给第三方。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交滨海仲裁委员会仲裁。

第十四条 人员要求
1. 驻场工程师应具有三年以上票务或文旅行业信息系统运维经验，熟悉数据库和网络安全管理，名单及资质证明应在服务开始前报甲方备案。
2. 乙方人员应遵守音乐厅的安全、保卫和演出现场管理规定，演出期间进出后台和票务机房须经甲方同意。
3. 甲方认为驻场人员不能胜任的，有权要求乙方更换，乙方应在五个工作日内安排符合要求的人员到岗。

第十五条 应急保障
1. 乙方应在服务开始后三十日内编制票务系统应急预案，包括售票中断、支付异常、闸机故障和网络攻击的处置流程及人工售票、人工检票的替代方案，经甲方确认后执行。
2. 乙方每半年组织一次应急演练，演练记录纳入运维报告；演练发现的问题应在下一个月内整改完毕。
3. 新年音乐会、演出季开幕等重大演出，乙方应增派人员现场保障，费用已包含在服务费内。

第十六条 甲方的义务
1. 甲方应向乙方提供系统文档、账号权限和必要的工作场所，及时通报演出排期变化和开票计划。
2. 甲方应指定运维联络人，对乙方提交的运维报告和变更申请及时审核确认。
3. 甲方应为驻场人员提供办公座位、网络接入和门禁权限，并在演出现场保障中提供必要的协助。
4. 甲方应按第三条约定支付服务费，对考核结果有异议的，双方应在五个工作日内协商确认。

第十七条 服务交接
服务期满后，乙方应在十个工作日内向甲方或甲方依法确定的新服务商完成交接，移交运维文档、配置信息、脚本和账号，并配合完成交接测试，交接期间不得影响票务系统运行。

第十八条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件为本合同附件。

甲方（盖章）：滨海市交响乐团　　　　乙方（盖章）：海韵文旅信息技术有限公司
日期：2027年2月____日
"""

Z05 = """# 唐卡画作工序跟踪管理系统 软件许可及定制开发合同

**（绘境软件标准合同文本 V3.0）**

合同编号：HJ-TK-2027-112

- 甲方（买方）：拉萨雪域唐卡画坊有限公司
- 乙方（卖方）：成都绘境软件科技有限公司

鉴于甲方拟采用乙方"绘境工坊"工序跟踪管理系统，对唐卡绘制、矿物颜料使用及装裱全过程进行管理，双方根据《中华人民共和国民法典》，在平等自愿基础上订立本合同。本合同文本由乙方提供，双方已阅读并理解全部条款。

## 第一条 合同标的

1.1 乙方向甲方提供"绘境工坊"工序跟踪管理系统标准版软件许可，并按甲方需求开发以下定制模块：

- 画作档案模块：每幅唐卡从起稿、勾线、着色、开脸到装裱的工序记录、画师签名与过程照片；
- 矿物颜料批次管理：颜料来源、研磨批次、领用与库存；
- 装裱工序管理：锦缎配料、装裱工期、质检与出库；
- 订单与客户模块：寺院及个人订制订单、交付进度提醒。

1.2 乙方负责系统安装部署与操作培训。培训为一次，在甲方画坊现场进行，参加人员由甲方安排，培训结束后乙方提供电子版操作手册。

1.3 系统部署在甲方自备的服务器上，服务器、操作系统、数据库软件、网络及拍摄设备由甲方自行采购，不在本合同范围内。

1.4 乙方交付物为：安装完成的软件系统、用户账号、操作手册。源代码、数据库设计文档不属于交付物。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "绘境工坊"标准版软件许可（30个用户） | 258,000 |
| 2 | 定制开发（四个模块） | 192,000 |
| 3 | 安装部署及培训 | 36,000 |
| | 合同总价 | 486,000 |

合同总价为人民币肆拾捌万陆仟元整，含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，乙方收款后启动开发工作。

3.2 系统安装完成后五个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，乙方有权暂停开发、部署或技术支持，由此造成的工期延误由甲方承担。

## 第四条 交付与验收

4.1 乙方在收到首期款后九十日内完成定制开发与安装部署。需求变更导致工期顺延的，以乙方通知为准。

4.2 乙方按照双方确认的需求说明书进行开发。需求说明书未载明的功能，不属于乙方的交付义务。

4.3 乙方完成系统安装部署并通知甲方后，即视为甲方验收合格。甲方如有意见，应在安装后三日内书面提出，逾期未提出的，视为甲方对系统无异议。

## 第五条 知识产权

5.1 本合同项下标准软件及定制开发模块（包括源代码、数据库结构、界面设计及相关文档）的知识产权均归乙方所有。

5.2 甲方在本合同有效期内享有非独占、不可转让的使用权，不得对系统进行修改、反向工程，或许可第三方使用。乙方有权将定制模块纳入其标准产品向其他客户提供。

## 第六条 维护与技术支持

6.1 乙方自系统安装完成之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的服务价格标准支付年度维护费，具体以届时签订的维护协议为准。

6.3 乙方的技术支持通过电话、微信和远程协助方式提供，工作时间为工作日9:00至18:00。需要乙方人员到甲方现场的，甲方应承担差旅费用。

6.4 因甲方操作不当、擅自修改系统、服务器或网络故障、病毒感染等原因导致的问题，不属于免费维护范围，乙方可另行收费。

6.5 系统故障分为一级（系统无法登录或数据无法保存）、二级（部分功能异常）和三级（使用咨询）。一级故障乙方在二十四小时内响应，二级故障在三个工作日内响应，三级问题在五个工作日内答复。乙方尽力在合理时间内解决故障，但不对解决时限作出保证。

## 第七条 数据

7.1 系统中录入的画作图像、工序记录、客户信息等业务数据由甲方提供，甲方应保证其对上述数据享有合法权利，客户个人信息的收集已取得客户同意。

7.2 乙方采取防火墙、访问权限控制、数据加密和定期备份等措施保护甲方数据安全；因乙方原因导致数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

7.3 甲方同意，乙方可将经脱敏处理的画作图像、工序及颜料数据用于乙方产品改进、算法训练和市场宣传，无需另行取得甲方同意或支付费用。

## 第八条 保密

双方对在履行本合同中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，但本合同另有约定的除外。保密期限为合同终止后两年。

## 第九条 违约责任

9.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

9.2 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金。

9.3 无论基于何种原因，乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失、利润损失或数据损失。

## 第十条 合同解除

一方严重违反本合同约定，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。合同解除后，甲方已支付的款项不予退还，但乙方严重违约的除外。

## 第十一条 不可抗力

因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方互不承担违约责任。网络攻击、第三方云服务中断视为不可抗力。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 第十三条 甲方的义务

13.1 甲方应在合同签订后十日内向乙方提供需求资料，包括唐卡工序流程、颜料分类、装裱规格、订单样例及历史画作档案，并保证资料真实完整。

13.2 甲方应指定专人配合乙方开发和部署，及时确认需求和界面设计。甲方未及时确认的，乙方有权顺延交付时间。

13.3 甲方应自行负责服务器及网络的日常管理和数据备份，因甲方环境原因导致系统无法运行的，乙方不承担责任。

13.4 甲方应妥善保管系统管理员账号和授权文件，不得将系统复制安装到合同约定以外的计算机，或提供给画坊以外的单位使用。

## 第十四条 需求变更

14.1 需求经甲方书面确认后，甲方提出新增或修改需求的，应以书面形式提出，乙方评估工作量后报价，双方签署变更确认单后实施，变更费用另行支付。

14.2 乙方对甲方的变更需求有权拒绝，或者要求调整交付时间。

14.3 系统安装完成后甲方提出的任何修改，均按变更处理，不属于免费维护范围。

## 第十五条 通知

双方的通知可通过电子邮件、微信或书面方式发送至本合同列明的联系人，发出即视为送达。

## 第十六条 其他

16.1 本合同自双方签字盖章且乙方收到首期款之日起生效。

16.2 本合同的任何修改或补充，应采用乙方提供的补充协议格式，经双方签字盖章后生效。

16.3 本合同一式两份，双方各执一份。乙方的产品说明、报价单为本合同附件；附件与本合同不一致的，以乙方最新发布的产品说明为准。

甲方（盖章）：拉萨雪域唐卡画坊有限公司

乙方（盖章）：成都绘境软件科技有限公司

日期：2027年6月____日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KFS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Xiangjiang Heavy Mining Equipment Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhuzhou, Hunan Province (the "Buyer"), and Kankan Fleet Systems SARL, a company incorporated in the Republic of Guinea with its registered office in Kankan, Guinea (the "Vendor").
P:The Buyer operates a rental fleet of excavators, haul trucks and drilling rigs for mining customers and wishes to plan and record the maintenance of that fleet in one system. The Vendor owns the FleetKeeper maintenance planning software and has agreed to license it to the Buyer and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the FleetKeeper Enterprise software, version 7, in object code, with its standard modules for work orders, preventive maintenance plans, spare parts, component life tracking and reporting, and all corrections and new versions supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, data migration scripts, report templates, configuration sets and documentation produced by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the Buyer's use, including machine hours, fault codes, work orders, parts consumption and the personal data of the Buyer's staff and customers.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the acceptance tests have been passed.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers in China for up to 260 named users and for the business of the Buyer and its affiliates.
P:2.2 The Vendor shall install and configure the Software, migrate the maintenance history of 1,140 machines from the Buyer's spreadsheets and legacy database, build interfaces to the Buyer's ERP system, telematics platform and warehouse system, train key users and administrators, and support the go-live.
P:2.3 The project plan, the functional specification and the test plan in the Annexes form part of this Agreement.
H:Article 3 Price
P:3.1 The total price is CNY 1,960,000, inclusive of VAT and all taxes payable in China, made up as follows: perpetual licence fee CNY 1,260,000; implementation and configuration CNY 420,000; interface development CNY 236,000; training CNY 44,000.
P:3.2 The price is fixed. Travel and living costs of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 20% of the total price is payable within fifteen days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Buyer.
P:4.2 45% of the total price is payable within thirty days after go-live. Go-live is not acceptance.
P:4.3 35% of the total price is payable within thirty days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's designated account.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, migration and interfaces and present the system for acceptance testing within one hundred and fifty days after signature.
P:5.2 The acceptance criteria are: (a) every function in the functional specification passes its test case; (b) migrated records for all 1,140 machines reconcile with the source data, with no missing work orders; (c) the ERP, telematics and warehouse interfaces run for twenty consecutive working days without a reconciliation error; (d) standard screens open within three seconds with 150 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 The Buyer shall test within fifteen working days after the Vendor's notice and either sign a Final Acceptance certificate or list the failed criteria. The Vendor shall correct failures and repeat the tests. Use of the Software in production before Final Acceptance does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the functional specification for twenty-four months from Final Acceptance. During this warranty period the Vendor shall correct defects, supply new versions and provide remote and on-site support free of charge.
P:6.2 After the warranty period the Buyer may order annual support. The annual support fee is 10% of the licence fee, namely CNY 126,000 per year, and shall not increase during the first three years after the warranty period. Each year of support requires a purchase order from the Buyer and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Severity 1 means the Software is unavailable or work orders cannot be created or closed. Severity 2 means a major function fails but a workaround exists. Severity 3 means any other defect or question.
P:7.2 The Vendor shall respond to a Severity 1 incident within one hour, at any time, and restore service or provide a workaround within eight hours. Severity 2 incidents shall be answered within two hours in business hours and resolved within three working days.
P:7.3 For each hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall credit the Buyer CNY 1,000 against the next payment or support fee.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property in it remain the property of the Vendor.
P:8.2 All Custom Deliverables, including the source code of the interfaces and migration scripts, belong to the Buyer upon creation. The Buyer may use, modify and license them to third parties without further payment. The Vendor shall deliver the source code with Final Acceptance.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose, including analytics, benchmarking or product development.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts and multi-factor authentication, with each remote session approved by the Buyer and logged. Buyer Data shall not be transferred outside the People's Republic of China. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, assist the Buyer to contain it, and bear all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and disclose it only to its staff and advisers who need to know it and are bound by similar duties.
P:10.2 These obligations survive termination of this Agreement for three years, and indefinitely for trade secrets.
H:Article 11 Delay Damages
P:11.1 If the Vendor fails to present the system for acceptance testing within the period in Article 5.1 for reasons attributable to the Vendor, it shall pay delay damages of 0.1% of the total price for each day of delay.
P:11.2 Delay damages do not relieve the Vendor of its obligation to complete the work.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the total price.
P:12.2 The limit does not apply to liability for personal injury, fraud, wilful misconduct, breach of Article 9 or Article 10, or infringement claims under Article 8.3.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for any approved subcontractor.
P:13.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after written notice, or if delay damages under Article 11 have run for more than sixty days.
P:14.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted, and the licence already paid for remains in force.
H:Article 15 Force Majeure
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Republic of Guinea.
P:16.2 Any dispute arising out of or in connection with this Agreement shall first be discussed between senior managers of both parties. If it is not settled within thirty days, it shall be finally resolved by arbitration in Conakry, Guinea, under the rules of the Conakry Arbitration and Mediation Centre, in the English language.
H:Article 17 General
P:17.1 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:17.2 Notices shall be in writing and sent to the addresses above. Amendments are valid only in writing signed by both parties.
P:Annex 1: Project plan. Annex 2: Functional specification. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________ For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS: QualiTrack Supplier Quality Cloud

Order Form No. QT-OF-2027-0317

## PART A - ORDER FORM

### A1. Parties

- **Provider:** Serekunda Quality Software Ltd., a company registered in the Republic of The Gambia, with its office at Kairaba Avenue, Serekunda, The Gambia.
- **Customer:** Dongguan Lianxin Precision Electronics Co., Ltd., a company registered in the People's Republic of China, with its office in Chang'an Town, Dongguan, Guangdong Province.

This Order Form and the General Terms in Part B together form the agreement between the parties (the "Agreement"). If they conflict, this Order Form prevails.

### A2. Service Subscribed

QualiTrack Supplier Quality Cloud, Enterprise edition, hosted by Provider on a cloud platform located in mainland China, with the modules for supplier onboarding, incoming inspection, non-conformance reports, corrective action requests (8D), supplier scorecards and audit planning, for up to 380 named users of Customer and up to 600 supplier portal accounts.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date on which Customer signs the Onboarding Acceptance certificate under Section 3 of Part B. Each following Subscription Year starts on the anniversary of the Service Start Date.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 380 users, 600 supplier accounts | 268,000 |
| Subscription fee, Subscription Year 2 | 380 users, 600 supplier accounts | 268,000 |
| Onboarding services (one-time) | configuration, migration, two interfaces, training | 46,000 |
| **Total fees for the Subscription Term** | | **582,000** |

All amounts are in Chinese Yuan (CNY) and include VAT. Additional users may be added at CNY 560 per user per Subscription Year, pro rata.

### A5. Invoicing and Payment

- The onboarding fee is invoiced after Onboarding Acceptance.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
- Customer pays each correct invoice within thirty days by bank transfer in CNY.
- No amount is payable before the Service Start Date other than as stated above.

### A6. Contacts and Signature

- Provider account manager: Mr. Lamin Jallow. Customer project owner: Ms. Zhou Yanling, Supplier Quality Department.
- Signed for Provider: ____________________ Date: ________
- Signed for Customer: ____________________ Date: ________

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its updates.

1.2 "Customer Data" means all data, files and records submitted to the Service by or for Customer or its suppliers, including inspection results, drawings, supplier documents and the personal details of users.

1.3 "Customer Configurations" means the workflows, forms, scorecard formulas, report templates and interface mappings built for Customer during onboarding or later at Customer's request.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's users during the Subscription Term in accordance with this Agreement and the documentation.

2.2 Customer shall keep its user credentials secure and use the Service only for its internal business and its dealings with its suppliers.

### 3. Onboarding and Acceptance

3.1 Provider shall complete the onboarding services within sixty days after signature of this Order Form. Onboarding includes configuration of Customer's inspection plans and workflows, migration of 2,300 open and closed non-conformance records and 410 supplier files, interfaces with Customer's ERP and its laboratory system, and training of key users.

3.2 Onboarding Acceptance requires that: (a) all configured workflows pass the agreed test scripts; (b) migrated records reconcile with the source list with no missing record; (c) both interfaces run for ten working days without error; and (d) two complete 8D cycles are processed by Customer's users in the production environment.

3.3 Customer shall test within ten working days after Provider's notice and sign the Onboarding Acceptance certificate or list the failed items, which Provider shall correct before testing is repeated.

3.4 If onboarding is not ready for acceptance testing by the date in 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, deducted from the onboarding fee.

### 4. Service Levels

4.1 Provider shall ensure that the Service is available at least 99.95% of each calendar month, excluding planned maintenance announced five days in advance and carried out between 00:00 and 06:00 China Standard Time.

4.2 Priority 1 incidents (the Service is unavailable, or inspection records cannot be saved) shall be responded to within thirty minutes and resolved or worked around within six hours. Priority 2 incidents shall be responded to within two hours and resolved within two business days.

4.3 If availability in a month falls below the level in 4.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for each full 0.1 percentage point of shortfall. Each late Priority 1 response earns a credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

### 5. Customer Data

5.1 As between the parties, Customer owns all Customer Data. Provider shall use Customer Data only to provide the Service to Customer and for no other purpose.

5.2 At the end of the Subscription Term, Provider shall make all Customer Data available for export in a standard format for thirty days, and then delete it.

### 6. Intellectual Property

6.1 Provider retains all rights in the Service, its software and its documentation.

6.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and let third parties use them, including after the end of this Agreement, and Provider shall hand them over in an editable format on request.

### 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business, technical and commercial information disclosed under this Agreement, use it only for this Agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties.

7.2 This Section does not apply to information that is public, already known to the recipient or independently developed, and survives the end of this Agreement for three years.

### 8. Fees and Taxes

8.1 Fees are fixed for the Subscription Term. Provider may not increase the fees during the Subscription Term.

8.2 Provider shall issue valid Chinese VAT invoices (fapiao) for all amounts invoiced.

### 9. Renewal

9.1 At the end of the Subscription Term the subscription renews for one further Subscription Year at the same fees, unless either party gives written notice of non-renewal at least sixty days before the end of the then-current term.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.

10.2 Each party's total aggregate liability arising out of or relating to this Agreement is limited to the fees paid or payable by Customer in the six months immediately preceding the event giving rise to the claim.

10.3 The limits do not apply to Customer's payment obligations, to fraud or wilful misconduct, or to personal injury.

### 11. Subcontracting

11.1 Provider shall not subcontract the performance of the Service or of the onboarding services, in whole or in part, without Customer's prior written consent, which shall not be unreasonably withheld. Provider is responsible for its approved subcontractors as for itself.

### 12. Term and Termination

12.1 This Agreement runs from signature of the Order Form until the end of the Subscription Term and any renewal.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remaining part of the Subscription Year.

12.3 Termination does not affect rights and remedies that accrued before it.

### 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China, excluding its conflict of laws rules.

13.2 Any dispute that cannot be settled by negotiation within thirty days shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding on both parties.

### 14. Support

14.1 Provider shall provide a support portal and a Chinese-speaking help desk by telephone and e-mail, available at all times for Priority 1 incidents and during business hours in China for other requests.

14.2 Provider shall publish release notes for each update at least five days before it is deployed, and shall not remove a function used by Customer during the Subscription Term without offering an equivalent function.

14.3 Customer shall name up to six administrators who are the contact persons for support requests, and shall give reasonable information to help Provider reproduce reported problems.

### 15. General

15.1 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

15.2 This Agreement is the entire agreement between the parties about its subject and replaces any earlier proposals. Amendments must be in writing and signed by both parties.
"""

E03 = """T:SUPPLY AND LICENCE CONTRACT FOR COLD-CHAIN MONITORING SENSORS AND SOFTWARE
P:Contract No. LYCC-PUR-2027-052
P:This Contract is made on the Buyer's standard terms of purchase between Lingyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Zhengzhou, Henan Province (the "Buyer"), and Kindia AgroSense Technologies SA, a company incorporated in the Republic of Guinea with its registered office in Kindia, Guinea (the "Supplier").
P:The Buyer operates refrigerated warehouses and a fleet of refrigerated trucks and must record temperature and humidity continuously for food and pharmaceutical customers. The Supplier has offered wireless sensors, gateways and its ColdWatch monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the ColdWatch monitoring software, including the alarm engine, dashboards, audit-trail reports and mobile application, in the version current at delivery, with all corrections and updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all measurements, alarms, locations, shipment records, user records and other data collected or generated by the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and integrate the System at the Buyer's eleven warehouses and in 184 refrigerated trucks, and train the Buyer's staff, as set out in the technical specification in Annex 1.
P:2.2 The price of each item is stated in the price table below. The prices are fixed, include VAT, delivery to the Buyer's sites, customs clearance and import duties, and shall not change during this Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated|1,120|780|873,600
TB:2|Cellular and LoRa gateway with backup battery|64|4,200|268,800
TB:3|ColdWatch software, perpetual licence, unlimited sites|1|310,000|310,000
TB:Equipment and Software subtotal||||1,452,400
TB:4|Installation and site commissioning|1|128,000|128,000
TB:5|Integration with warehouse and transport management systems|1|86,000|86,000
TB:6|Training of operators and administrators|1|23,600|23,600
TB:Contract Price||||1,690,000
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within twenty days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within thirty days after the Installation Certificate is signed for all sites. The Installation Certificate confirms installation only and is not acceptance.
P:3.3 The Buyer shall pay 35% of the Contract Price within thirty days after Final Acceptance under clause 5.
P:3.4 The Supplier shall issue a valid VAT invoice before each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's sites within seventy days and complete installation within one hundred days after signature.
P:4.2 Each sensor shall be delivered with a calibration certificate traceable to a national metrology institute, showing an accuracy of plus or minus 0.3 degrees Celsius over the range of minus 35 to plus 25 degrees.
H:5. Acceptance
P:5.1 The System shall be tested at all sites in a trial run of thirty days after installation. The acceptance criteria are: (a) every sensor reports at the configured interval with no more than 0.2% of readings missing over the trial run; (b) alarms reach the duty staff by app and text message within sixty seconds in every test; (c) readings agree with a reference thermometer within the stated accuracy in sample checks at every site; (d) the interfaces transfer shipment and temperature records to the Buyer's systems without error; and (e) audit-trail reports meet the Buyer's GSP requirements.
P:5.2 The Buyer shall sign the Final Acceptance certificate within ten working days after a successful trial run or list the criteria not met. Delivery, installation, the Installation Certificate or use of the System do not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Equipment, recalibrate sensors once a year, correct software defects and supply updates free of charge.
P:6.2 After the warranty period, the Buyer may order support for further years at 8% of the Equipment and Software subtotal per year, namely CNY 116,192 per year. This fee is fixed for the two years following the warranty period. Support is ordered by purchase order and does not renew automatically.
H:7. Service Levels
P:7.1 A Severity 1 fault means that alarms are not delivered or that readings from a warehouse or more than ten trucks are not received. The Supplier shall respond to a Severity 1 fault within one hour, at any time, and restore service within six hours, by remote work or replacement parts held in China.
P:7.2 Severity 2 faults (single devices, reports or other functions) shall be answered within two hours during business hours and fixed within two working days.
P:7.3 For each hour by which the Supplier misses a response or restoration time for a Severity 1 fault, the Supplier shall pay the Buyer CNY 600, deducted from any amount due.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. The Buyer receives a perpetual and irrevocable licence to use it.
P:8.2 Interfaces, configuration files, report templates and documentation made for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code before Final Acceptance.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use it only to perform this Contract and shall not copy, keep, analyse or disclose it for any other purpose.
P:9.2 The Software shall be hosted on the Buyer's servers in China. The Supplier shall access them only through the Buyer's remote access gateway with named accounts, after approval of each session; all sessions are logged. Data shall be encrypted in transit between devices, gateways and servers.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within six hours, cooperate in its investigation and remedy, and compensate the Buyer for all losses caused by the Supplier's breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep the other party's non-public information confidential, including the Buyer's customer lists, routes, warehouse layouts and prices, and shall use it only for this Contract. This duty continues for three years after this Contract ends.
H:11. Delay
P:11.1 If the Supplier fails to complete delivery or installation within the periods in clause 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay.
H:12. Liability
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, breach of clauses 9 or 10 or infringement of third-party rights.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent and remains fully responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier materially breaches it and fails to remedy the breach within twenty days after written notice. The Supplier shall then refund all amounts paid for items not accepted and take back the related Equipment at its own cost.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes that the parties cannot settle by negotiation shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:16. Training and Documentation
P:16.1 The Supplier shall train forty operators and six administrators in Chinese at two of the Buyer's warehouses before the trial run, covering sensor placement, alarm handling, report generation, device replacement and basic troubleshooting.
P:16.2 The Supplier shall deliver user manuals, an administrator guide, installation drawings for each site and the device register in Chinese and English, and shall update them when the System changes.
H:17. Spare Parts and Product Continuity
P:17.1 The Supplier shall deliver a stock of spare sensors and gateways equal to two per cent of the installed quantities with the Equipment, at no extra charge.
P:17.2 The Supplier shall keep spare parts and replacement devices compatible with the System available for purchase for at least seven years after Final Acceptance, and shall tell the Buyer in writing at least six months before any model is discontinued.
H:18. Changes and Force Majeure
P:18.1 Changes to the scope, quantities or sites require a written change order signed by both parties, priced at the unit prices in clause 2.
P:18.2 Neither party is liable for a delay caused by force majeure if it notifies the other party promptly and takes reasonable steps to reduce the effect. Force majeure does not include shortages of the Supplier's own components or staff.
H:19. General
P:19.1 This Contract is signed in two English originals. The Annexes form part of it: Annex 1 technical specification; Annex 2 site list; Annex 3 test plan.
P:For the Buyer: ____________________ For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT

**Warehouse Network and End-User Support Services - 36 Months**

Agreement No. CFL-MSA-2027-009

This Managed Services Agreement (the "Agreement") is made between:

- **Changfeng Retail Logistics Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Dongxihu District, Wuhan, Hubei Province (the "Customer"); and
- **Brikama Managed IT Services Company Limited**, a company incorporated in the Republic of The Gambia, with its registered office in Brikama, West Coast Region, The Gambia, acting through its service delivery centre in Wuhan (the "Provider").

## Section 1. Purpose and Definitions

1.1 The Customer runs fourteen regional distribution warehouses. The Provider shall operate and support the Customer's warehouse networks and end-user devices as a managed service, so that the Customer pays a fixed monthly charge for defined service levels.

1.2 In this Agreement: "Services" means the services described in Schedule 1; "Service Levels" means the levels in Schedule 2; "Charges" means the charges in Schedule 3; "Transition" means the taking over of the Services from the Customer's in-house team and its current contractor; "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate; and "Customer Data" means all data of the Customer and its customers that the Provider accesses, handles or stores in performing the Services.

## Section 2. Term

2.1 The Services run for thirty-six months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. Any extension requires a written amendment signed by both parties. There is no automatic renewal.

## Section 3. Transition and Acceptance

3.1 The Provider shall complete Transition within seventy-five days after signature of this Agreement. Transition includes discovery of all 1,860 managed devices, set-up of monitoring and the service desk, handover of documentation and passwords, and a joint shadow-run of fifteen days.

3.2 The Customer shall accept Transition when: (a) every device in the asset register is under monitoring and reconciled with the physical count; (b) the service desk has handled tickets from all fourteen warehouses for ten consecutive working days within the Service Levels; (c) runbooks for every site are approved by the Customer; and (d) a failover test of the core network passes at two warehouses chosen by the Customer.

3.3 If Transition is not completed by the date in 3.1 for reasons attributable to the Provider, the Provider shall pay liquidated damages of 0.2% of the Total Contract Value for each week of delay, and pro rata for part of a week.

## Section 4. Customer Responsibilities

4.1 The Customer shall give the Provider access to its sites, systems and documentation as reasonably needed, name a contract manager and site contacts for each warehouse, and inform the Provider of planned changes to its operations that affect the Services.

4.2 The Customer shall approve or reject changes requested by the Provider within the periods set in its change process.

## Section 5. Service Delivery

5.1 The Provider shall deliver the Services in accordance with Schedule 1 and the Service Levels in Schedule 2, and report its performance monthly.

5.2 The Provider shall keep a named service delivery manager and enough qualified engineers in Wuhan to meet the Service Levels, and shall not replace key staff without telling the Customer in advance.

5.3 The parties shall meet monthly to review performance, incidents, changes and planned work, and quarterly to review the asset register and improvement plans.

5.4 The Provider shall propose at least two service improvement initiatives each year, such as automation of routine tasks or replacement of unreliable devices, with expected benefits and costs. The Customer decides whether to implement them.

5.5 Additional work outside Schedule 1 is performed only under a written change order that states the scope, timing and price, agreed before the work starts.

## Section 6. Charges and Payment

6.1 The Charges are set out in Schedule 3 and are fixed for the Term.

6.2 The Transition charge is invoiced after Transition Acceptance. The monthly charge is invoiced monthly in arrears, after the monthly service report. The Customer pays correct invoices within thirty days.

6.3 Service credits under Schedule 2 are deducted from the invoice for the following month.

## Section 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use, copy or disclose it for any other purpose.

7.2 The Provider shall follow the Customer's information security policy, access systems only through the Customer's privileged access management system with individual accounts, keep Customer Data within mainland China, and hold ISO 27001 certification for its Wuhan service delivery centre throughout the Term.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data or systems within two hours, take immediate steps to contain it, and be responsible for losses caused by its failure to comply with this Section.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement. This duty survives the end of the Agreement for three years.

## Section 9. Intellectual Property

9.1 Runbooks, scripts, network diagrams, configurations and reports prepared by the Provider for the Customer belong to the Customer, which may use and modify them and hand them to any successor provider.

9.2 The Provider's own monitoring tools remain the Provider's property; the Customer receives a licence to use their outputs.

## Section 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of Sections 7 or 8, which are not limited.

## Section 11. Subcontracting

11.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for its subcontractors.

## Section 12. Termination and Exit

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within thirty days after notice, or if the Provider misses the same Service Level in three consecutive months.

12.2 On expiry or termination the Provider shall provide exit assistance for up to ninety days at the monthly charge pro rata, hand over all documentation, credentials and Customer Data, and then securely delete Customer Data and certify the deletion.

## Section 13. Force Majeure and Notices

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it informs the other party promptly and uses reasonable efforts to continue performance. A failure of the Provider's own suppliers is not force majeure unless it results from such an event.

13.2 Notices under this Agreement shall be given in writing to the contract managers named in the signature page, by hand, courier or e-mail with confirmation of receipt.

## Section 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes that are not settled by negotiation within thirty days shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan.

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Network operations | LAN, Wi-Fi, SD-WAN edge and firewalls at 14 warehouses; monitoring, patching, configuration backup | 24 x 7 |
| Service desk | Tickets by phone, portal and e-mail in Chinese; first-line fixes and dispatch | 24 x 7 |
| End-user support | 1,260 PCs, handheld scanners and label printers; on-site support at each warehouse | 08:00-20:00, 7 days |
| Asset management | Asset register, lifecycle reports, disposal coordination | Business days |
| Change management | Standard and emergency changes under the Customer's change process | 24 x 7 |

## Schedule 2 - Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of each warehouse network | at least 99.5% per month | 3% of the monthly charge per 0.1 percentage point below |
| P1 incident (warehouse network down or scanning stopped) | response within 15 minutes, restoration within 3 hours | CNY 1,500 per hour late |
| P2 incident (part of a warehouse affected) | response within 1 hour, restoration within 8 hours | CNY 500 per hour late |
| Service desk calls answered | 90% within 60 seconds | 1% of the monthly charge |

Service credits are the Customer's financial remedy for missed Service Levels and do not limit its other rights.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | after Transition Acceptance | 74,000 |
| Monthly managed service charge | 36 months x CNY 58,000 | 2,088,000 |
| **Total Contract Value** | | **2,162,000** |

Signed for the Customer: ____________________  Signed for the Provider: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
AGRO-CLIMATE DATA AND FORECAST API

Agreement No. NZD-API-2027-021

PARTIES

This Data Subscription Agreement (the "Agreement") is made between Nzerekore Climate Data SARL, a company incorporated in the Republic of Guinea with its registered office in Nzerekore, Guinea (the "Provider"), and Heilongjiang Beiken Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin, Heilongjiang Province (the "Customer").

BACKGROUND

The Customer buys, stores and trades soybeans, maize and rice from growers in north-east China and wishes to use weather observations, seasonal forecasts and crop-condition indices in its purchasing and risk models. The Provider compiles such data from satellite, station and model sources and makes it available through an application programming interface (API) and bulk files.

1. DEFINITIONS

1.1 "Data" means the agro-climate datasets described in clause 2, including historical series, daily updates, forecasts and derived indices, as delivered through the API or as bulk files.

1.2 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and each following period between two anniversaries. The Start Date is the date on which the Customer confirms Integration Acceptance under clause 4.

1.3 "Customer Inputs" means the field boundaries, storage locations, query parameters, portfolio positions and any other information that the Customer or its users submit to the API or the Provider.

1.4 "Custom Outputs" means the data feeds, index formulas, mappings and report templates produced by the Provider specifically for the Customer.

2. DATA AND SERVICES

2.1 The Provider shall give the Customer access to: (a) daily gridded weather observations at five-kilometre resolution for Heilongjiang, Jilin, Liaoning and Inner Mongolia, with history from 1991; (b) ten-day and seasonal forecasts updated daily; (c) vegetation and soil-moisture indices updated weekly; and (d) a crop-condition index for soybeans, maize and rice for 146 counties.

2.2 The Provider shall supply integration support: a custom feed for the Customer's 2,400 purchasing points, a mapping of counties to the Customer's trading regions, and assistance to connect the API to the Customer's risk system.

2.3 Access is limited to 120 named users and to 4 million API calls per Subscription Year.

3. TERM AND RENEWAL

3.1 The initial term is two Subscription Years from the Start Date.

3.2 At the end of the initial term, and of each renewal term, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least ninety days before the end of the current term.

3.3 The subscription fee for each renewal term is the Provider's list price in force at the start of that renewal term. The Provider will publish its new list prices on its website and may increase them at its discretion.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall deliver the full historical dataset and complete the integration support within forty-five days after signature.

4.2 Integration Acceptance requires that: (a) the historical series are complete for all counties and years listed in Annex 1; (b) a sample of 300 station records matches the national meteorological archive within the tolerances in Annex 1; (c) the custom feed delivers daily files to the Customer's server on ten consecutive days before 07:00 Beijing time; and (d) the API returns correct results for the Customer's test queries.

4.3 The Customer shall test within ten working days after the Provider's notice and either confirm Integration Acceptance in writing or list the failed criteria, which the Provider shall correct before testing is repeated.

4.4 If the historical dataset is delivered late or integration is not ready for testing by the date in 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 300 for each day of delay.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 186,000 per Subscription Year. The one-time integration fee is CNY 28,000. The total fees for the initial term are CNY 400,000, including VAT.

5.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The Customer pays correct invoices within thirty days.

5.3 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver daily updates on time, but does not guarantee uninterrupted or error-free access.

6.2 The Provider will answer support requests sent to its help desk by e-mail during its business hours and will try to correct errors in the Data that the Customer reports.

6.3 The Provider may suspend the API for maintenance and will try to give notice of planned maintenance in advance.

7. INTELLECTUAL PROPERTY AND LICENCE

7.1 The Provider retains all rights in the Data and its databases. The Customer receives a non-exclusive, non-transferable licence during the term to use the Data in its internal business, including in its models, reports and decisions, and to keep the reports and results made with the Data after the term.

7.2 Custom Outputs belong to the Customer, which may use, modify and let others use them freely. The Provider shall deliver them in editable form.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to the Customer. The Provider shall use them only to provide the Data and services to the Customer, and shall not combine, analyse, sell or disclose them for any other purpose.

8.2 The Provider shall store Customer Inputs on servers located in mainland China, encrypt them in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for one year.

8.3 The Provider shall notify the Customer of any unauthorised access to or loss of Customer Inputs within twenty-four hours, take steps to contain it, and compensate the Customer for losses caused by its breach of this clause. At the end of the term the Provider shall delete Customer Inputs and certify the deletion.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement. For the Customer this includes its purchasing regions, stock levels and trading positions. Each party shall use such information only for this Agreement and shall not disclose it to third parties, except to advisers bound by similar duties. This clause survives termination for three years.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the initial term. This limit does not apply to breach of clauses 8 or 9, fraud or wilful misconduct.

10.2 The Customer remains responsible for its own trading decisions made with the Data.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent, and remains responsible for any approved subcontractor. Buying source data from public agencies and data vendors is not subcontracting.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the subscription fee for the remainder of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes that cannot be settled by negotiation shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.

14. USE OF THE DATA

14.1 The Customer may use the Data in its internal systems, share reports and charts containing limited extracts of the Data with its banks, insurers and auditors, and show the Data to growers in the course of its purchasing business.

14.2 The Customer shall not resell the Data, publish the raw Data, or use it to build a competing data product. The Customer shall keep the Provider's attribution on published charts.

14.3 The Customer is responsible for the acts of its named users and shall keep their credentials and API keys secure. The Customer may replace named users at any time.

15. TAXES AND INVOICES

15.1 All fees include VAT. The Provider shall issue valid VAT invoices (fapiao) through its registered representative in China. Each party bears its own other taxes.

15.2 Invoices shall show the Agreement number, the period and the items charged, and are payable in CNY to the Provider's account in China.

16. FORCE MAJEURE

16.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, war, government action or the failure of public networks, provided that it informs the other party promptly and resumes performance as soon as possible.

17. NOTICES

17.1 Notices shall be in writing and sent by courier or e-mail to the addresses and contact persons in Annex 2. A notice by e-mail is received when the recipient confirms receipt.

18. GENERAL

18.1 Neither party may assign this Agreement without the other party's written consent. Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above.

SIGNATURES

For the Provider: ____________________ Date: ________
For the Customer: ____________________ Date: ________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, language, category, source)
    "z01": ("h753z01_antidrug_office_rehab_control_platform.pdf", "pdf", "zh", "software", Z01),
    "z02": ("h753z02_charcoal_kiln_control_retrofit.docx", "docx", "zh", "hardware", Z02),
    "z03": ("h753z03_tailor_chain_booking_membership_saas.txt", "txt", "zh", "cloud", Z03),
    "z04": ("h753z04_concert_hall_ticketing_om_service.txt", "txt", "zh", "services", Z04),
    "z05": ("h753z05_thangka_workshop_tracking_supplier_template.md", "md", "zh", "software", Z05),
    "e01": ("h753e01_fleet_maintenance_licence_guinea_vendor.pdf", "pdf", "en", "software", E01),
    "e02": ("h753e02_supplier_quality_saas_order_form.md", "md", "en", "cloud", E02),
    "e03": ("h753e03_cold_chain_sensors_monitoring_licence.docx", "docx", "en", "hardware", E03),
    "e04": ("h753e04_warehouse_managed_services_36_months.md", "md", "en", "services", E04),
    "e05": ("h753e05_agro_climate_data_api_subscription.txt", "txt", "en", "cloud", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
# tco = (fee base, warranty months) for goods, else None; forum_outside = a forum outside mainland China
T = {
    "z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
             "PRC", G], (True, True, True, False, 2200000), (1180000, 24), False),
    "z02": ([None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, True,
             "PRC", G], (True, True, True, False, 1548000), (1380000, 18), False),
    "z03": ([99.5, 0.5, True, "buyer", True, True, False, 0.1, 150, None, True, None, None, None, True, True, False,
             "PRC", S], (True, True, None, False, 690000), None, False),
    "z04": ([99.95, 0.25, True, "buyer", True, True, True, None, None, None, True, None, None, None, False, False,
             False, "PRC", S], (True, False, None, False, 568000), None, False),
    "z05": ([None, 24, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True, None,
             "PRC", G], (True, True, False, True, 486000), (258000, 6), False),
    "e01": ([None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 10, False, True, False,
             "Guinea", G], (True, True, True, False, 1960000), (1260000, 24), True),
    "e02": ([99.95, 0.5, True, "buyer", False, True, True, 400 / 582000 * 100, 6 / 24 * 100, None, True, None, None,
             None, False, True, False, "PRC", S], (True, True, None, False, 582000), None, False),
    "e03": ([None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8, False, True, False,
             "PRC", G], (True, True, True, False, 1690000), (1452400, 36), False),
    "e04": ([99.5, 0.25, True, "buyer", True, True, True, 0.2 / 7, 150, None, True, None, None, None, False, True,
             False, "PRC", S], (True, True, None, False, 2162000), None, False),
    "e05": ([None, None, False, "buyer", True, True, True, 300 / 400000 * 100, 150, None, True, None, None, None,
             True, True, False, "PRC", S], (False, True, None, False, 400000), None, False),
}

DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high",
               "e01": "low", "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium",
            "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high",
            "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium",
            "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}
# policy thresholds (defaults of §3 and §4)
TH = {"availability": 99.9, "p1_hours": 4, "ld": 0.05, "cap": 100, "prepay": 30, "warranty": 12, "pwf": 15,
      "tco_share": 40, "horizon_years": 5}


def tco_share(t, x, tco):
    """Post-warranty fee share of TCO over the 5-year horizon from acceptance; None when not computable."""
    if tco is None or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    base, wm = tco
    years = max(0.0, TH["horizon_years"] - wm / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, share, forum_outside):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        if share is not None and share > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
NUMZH = "一二三四五六七八九十"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)", r"ninety[\s-]*nine\s*point\s*nine",
    r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h)(?![a-z])", r"(?<![a-z-])four[\s-]*hours?", r"(?<![\d.])4\s*个?小时",
    r"(?<![十\d])四个?小时",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![a-z-])thirty\s*(?:%|per\s*cent|percent)",
    r"百分之三十(?![" + NUMZH + "])",
    r"(?<![\d.])0?\.050*(?!\d)\s*(?:%|％|per)", r"万分之五(?![" + NUMZH + "])", r"千分之零点五",
    r"(?<![\d.])12\s*-?\s*(?:个月|months?)", r"twelve[\s-]*months?", r"十二个月",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"fifteen\s*(?:%|per\s*cent|percent)",
    r"百分之十五(?![" + NUMZH + "])",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"hundred\s*(?:%|per\s*cent|percent)", r"百分之(?:一)?百",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"(?<![a-z-])forty\s*(?:%|per\s*cent|percent)",
    r"百分之四十(?![" + NUMZH + "])",
    r"(?<![\d.])5\s*-?\s*years?", r"(?<![a-z-])five[\s-]*years?", r"(?<![" + NUMZH + r"\d])五年",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4-hour", "4h", "4小时", "四小时", "四个小时", "30%", "30 per cent",
            "百分之三十", "0.05%", "0.050 %", "万分之五", "12 months", "12-month", "twelve months", "十二个月", "12个月",
            "15%", "百分之十五", "100%", "100 per cent", "百分之百", "40 %", "百分之四十", "five years", "5 years", "五年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "二十四小时", "24小时", "14 hours", "130%", "0.3%", "百分之三十五",
             "0.055%", "万分之五十", "2027年12月31日", "150%", "1.5%", "115%", "15 days", "三十日", "2025年", "35%",
             "25 years", "十五年", "twenty-four hours", "twenty-five years", "seventy-five days", "0.2%", "200%", "240%", "Section 4 Hours", "24 x 7"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        if s == "Section 4 Hours":  # a word "Hours" after a number is a hit by design; no such text is used
            continue
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path, fmt):
    if fmt == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if fmt == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return Path(path).read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- main
if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[4] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, fmt, lang, cat, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    fired, problems = set(), []
    for k, (name, fmt, lang, cat, src) in FILES.items():
        vals, ex, tco, forum_outside = T[k]
        t = dict(zip(TERM_KEYS, vals))
        x = {"sla_clause": ex[0], "ld_stated": ex[1]}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = ex[2]
        else:
            assert ex[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
        x["acceptance_deemed_on_delivery"] = ex[3]
        x["contract_value"] = ex[4]
        share = tco_share(t, x, tco)
        rules = derive(t, x, share, forum_outside)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "rules", rules, DESIGN[k]))
        if risk(rules) != DESIGN_RISK[k]:
            problems.append((k, "risk", risk(rules), DESIGN_RISK[k]))
        fired |= set(rules)
        # no label value on a threshold
        for key, th in (("availability_pct", TH["availability"]), ("p1_response_hours", TH["p1_hours"]),
                        ("ld_rate_per_day_pct", TH["ld"]), ("liability_cap_pct", TH["cap"]),
                        ("prepayment_pct", TH["prepay"]), ("warranty_months", TH["warranty"]),
                        ("post_warranty_fee_pct", TH["pwf"])):
            if t[key] is not None and abs(t[key] - th) < 1e-9:
                problems.append((k, "threshold value", key))
        if share is not None and abs(share - TH["tco_share"]) <= 2:
            problems.append((k, "tco share near threshold", share))
        # text: length and threshold figures
        text = read_back(OUT / name, fmt)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((k, "length", n, (lo, hi)))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            h = hits(variant)
            if h:
                problems.append((k, "threshold figure in text", h))
                break
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print(f"{k} {name} len={n} rules={rules} risk={risk(rules)}"
              + (f" tco_share={share:.2f}" if share is not None else ""))
    missing = set(SEVERITY) - fired
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, problems
    print("all checks passed")
