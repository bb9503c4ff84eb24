"""holdout594: builds the ten blind held-out drafts and their .json labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Sources are kept below; .docx and .pdf files
are made with ../word_pdf.py. The checks: text lengths as read back, no threshold figure in any text (regex,
self-tested), no label value on a threshold, rules derived from the labels (own reading of policy §3) equal to the
design list, and all 20 CR rules covered.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (.pdf, 第X条 with 1.1)
Z01 = """T:危险化学品企业安全风险监测预警平台采购合同
P:合同编号：LJYJ-ZFCG-2026-017
P:采购人（甲方）：临江市应急管理局
P:供应商（乙方）：北辰安监信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及临江市危险化学品企业安全风险监测预警平台项目（项目编号：LJCG-2026-0231）公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，
H:第一条 项目内容
P:1.1 乙方向甲方提供危险化学品企业安全风险监测预警平台软件（以下简称"平台软件"）的永久使用许可，并按甲方需求完成定制开发、部署实施和培训，使甲方能够对辖区内86家危险化学品生产、储存企业的重大危险源实时数据、视频智能分析结果和企业安全承诺公告进行集中监测和分级预警。
P:1.2 定制开发内容包括：企业感知数据接入模块（储罐液位、温度、压力、可燃及有毒气体浓度等监测点位的采集与校验）、重大危险源风险动态评估模型、预警分级推送与处置闭环流程、"一张图"综合展示、与省级监测预警系统及本局执法系统的数据接口。
P:1.3 项目实施地点为甲方指定的政务云机房及甲方办公场所。乙方应自合同签订之日起150日内具备初步验收条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,046,000元（大写：贰佰零肆万陆仟元整），为固定总价，包括软件许可、定制开发、部署实施、培训、税费及质保期内全部服务费用，甲方不再另行支付其他费用。
P:2.2 价款构成：平台软件永久使用许可费1,160,000元；定制开发费742,000元；部署实施费118,000元；培训费26,000元。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后，甲方支付合同总价的20%，即409,200元，作为预付款。
P:3.2 项目通过初步验收后，甲方支付合同总价的45%，即920,700元。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，即716,100元。
P:3.4 甲方按照财政国库集中支付程序付款，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后10日内提交项目实施方案和进度计划，经甲方书面确认后执行。
P:4.2 平台部署于甲方政务云资源，乙方不得将平台软件或任何数据部署于甲方指定环境以外的服务器。
P:4.3 乙方派驻项目经理1名、开发及实施人员不少于6名，人员变更须经甲方书面同意。
P:4.4 乙方应在各企业接入前完成现场点位核查，并向甲方提交接入清单和核查记录。
H:第五条 验收
P:5.1 初步验收条件：（1）86家企业监测数据全部接入，接入点位与企业重大危险源备案清单逐项核对一致；（2）数据接入完整率不低于98%；（3）预警信息自触发至推送到监管人员终端的时间不超过10秒；（4）与省级系统的接口连续运行14日无数据丢失；（5）第三方测评机构出具的安全测评报告无高风险问题。
P:5.2 初步验收合格后平台进入试运行，试运行期60日。试运行期间未发生一级故障、各项指标持续满足5.1要求的，甲方组织最终验收，并可邀请行业专家参加。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为甲方已验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、技术支持及现场服务。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划维护时间除外，计划维护须提前3个工作日经甲方同意）。一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次工作日内解决。
P:6.3 乙方未达到6.2约定的，每迟延响应或恢复1小时，扣减服务费500元；月度可用率每低于约定值0.01个百分点，扣减1,000元。扣减款项从应付款项或履约保证金中抵扣。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过92,800元，且质保期满后三年内不得上调。双方另行签订维护合同，维护合同不自动续期。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在本局及下属单位范围内使用。
P:7.2 本项目定制开发的模块、评估模型、接口程序、源代码及技术文档的知识产权归甲方所有，乙方应在最终验收时完整移交源代码。甲方有权自行或委托第三方修改、完善和使用上述成果。
P:7.3 乙方保证所提供的软件不侵犯第三方合法权益，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、汇聚和产生的全部数据归甲方所有。乙方仅可为履行本合同之目的在甲方授权范围内处理数据，不得复制、留存或用于任何其他目的。
P:8.2 乙方应按照《数据安全法》《网络安全法》及网络安全等级保护第三级要求落实安全措施，运维访问须通过甲方堡垒机并全程审计，不得通过互联网远程直连。
P:8.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后1小时内报告甲方并立即采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的其他法律后果。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、企业商业秘密、监管信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 乙方应与参与本项目的人员签订保密承诺书。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期具备初步验收条件或逾期完成最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 乙方提供的软件或服务不符合合同约定的，应无偿整改；整改后仍不符合的，甲方有权拒收并要求乙方退还已付款项、赔偿损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下的任何工作分包或转包给第三方，亦不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期超过30日仍未具备初步验收条件；（2）严重违反数据安全或保密义务；（3）有其他根本违约行为，经甲方书面催告后15日内仍未改正。
P:12.2 合同解除的，乙方应退还甲方已付款项中未履行部分的价款，并承担违约责任。
H:第十三条 争议解决
P:13.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:13.2 因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:14.2 本合同一式六份，甲方四份、乙方二份，具有同等法律效力。
P:甲方（盖章）：临江市应急管理局　　乙方（盖章）：北辰安监信息技术有限公司
P:签订日期：2026年3月18日
"""

# ---------------------------------------------------------------- z02 (.docx, 第X条, Word price table)
Z02 = """T:流浆箱及QCS质量控制系统改造合同
P:合同编号：JH-ZJ-2026-0412
P:甲方（买方）：江华纸业股份有限公司
P:乙方（卖方）：科沃特造纸装备技术有限公司
P:甲方PM3纸机（文化用纸，设计车速1,200米/分）拟对流浆箱及质量控制系统（QCS）进行改造。经甲方比选，双方就改造设备、软件、安装调试及质保期满后的维保服务订立本合同。
H:第一条 供货及服务范围
P:1.1 乙方负责水力式稀释水流浆箱本体改造、QCS扫描架及定量、水分、灰分测量传感器供货、QCS控制软件许可、与甲方现有DCS的接口及稀释水执行器供货，并负责安装、调试、培训和质保期满后的维保服务。
P:1.2 设备、软件及服务明细见下表（含税价）：
TB:序号|项目|数量|金额（元）
TB:1|流浆箱本体改造（含稀释水系统、唇板调节装置）|1套|1,380,000
TB:2|QCS扫描架及定量/水分/灰分传感器|1套|964,000
TB:3|QCS控制软件许可（含横向、纵向控制模块）|1套|286,000
TB:4|DCS接口及稀释水执行器（126只）|1批|318,000
TB:5|设备及软件小计| |2,948,000
TB:6|安装调试费| |214,000
TB:7|培训费| |18,000
TB:8|合同总价| |3,180,000
P:1.3 乙方提供的设备应为全新设备，技术参数不低于双方签署的技术协议，技术协议为本合同附件。
H:第二条 付款
P:2.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款（636,000元），乙方应同时提交等额银行预付款保函。
P:2.2 设备到货并安装完毕后，甲方支付合同总价的50%（1,590,000元）。到货签收及安装完毕不代表质量验收。
P:2.3 最终验收合格后，甲方支付合同总价的25%（795,000元）。
P:2.4 剩余5%（159,000元）作为质量保证金，质保期满且无质量争议后一次付清，不计利息。
H:第三条 交货与安装
P:3.1 乙方应于合同生效后110日内将全部设备运至甲方厂区，停机安装期不超过9日，停机计划由甲方根据生产安排确定。
P:3.2 设备包装、运输、保险费用由乙方承担，设备在最终验收前的毁损灭失风险由乙方承担。
P:3.3 乙方现场人员应遵守甲方安全生产管理制度，动火、高处作业须办理作业许可。
P:3.4 乙方应在发货前10日通知甲方，并随货提供装箱单、合格证、传感器标定证书、放射源相关许可证明文件及中文操作手册。甲方按装箱单清点数量，清点结果不代表对设备质量的确认。
P:3.5 甲方负责提供安装所需的基础、水电气接口及停机窗口；乙方负责旧流浆箱拆除、新设备就位、配管、电气接线及冷态、热态调试，调试期间的原材料消耗由甲方承担。
H:第四条之一 培训与技术资料
P:乙方应在现场对甲方工艺、电气及仪表人员进行不少于5日的培训，内容包括流浆箱操作与清洗、QCS扫描架维护、传感器标定及横向控制参数整定。乙方应提交完整的竣工图纸、控制策略说明、组态备份及备件清单，技术资料不全的，甲方有权暂缓组织最终验收。
H:第四条 验收
P:4.1 设备开机后连续运行72小时，且满足下列指标的，甲方组织最终验收：（1）定量横向偏差2σ不大于0.8g/m²；（2）水分横向偏差2σ不大于0.35%；（3）纵向定量波动2σ不大于0.6g/m²；（4）稀释水执行器全部动作正常，与DCS指令一致；（5）QCS画面、报表及报警功能按技术协议实现。
P:4.2 指标未达到的，乙方应在10日内整改并重新测试；两次测试仍不合格的，甲方有权退货并要求乙方返还已付款项。
P:4.3 甲方使用设备进行生产，不视为验收合格。
H:第五条 质保与维保
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的维修、零部件更换、软件升级均免费，因甲方操作不当造成的除外。
P:5.2 故障响应：一级故障（导致断纸、停机或QCS控制失效）乙方应在1小时内远程响应，8小时内派工程师到达现场；二级故障在次日内处理。每迟延响应或到场1小时，乙方按800元/小时向甲方支付违约金。
P:5.3 质保期满后，乙方提供全面维保服务（含定期巡检、备件更换、传感器标定及放射源年检配合），年度维保费为设备及软件小计的26%，即766,480元/年，质保期满后五年内不上调。
P:5.4 维保服务内容包括：每季度一次现场巡检并出具巡检报告；扫描架导轨、传感器窗口及稀释水阀的定期保养；测量传感器每半年标定一次；易损件及备件的更换；控制软件的缺陷修复和版本升级。维保费按季度支付，由双方在质保期满前另行签订维保协议予以确认。
P:5.5 乙方应保证停产后至少八年内持续供应本合同设备的备件，备件价格不高于合同签订时乙方向甲方提供的备件报价单。
H:第六条 知识产权
P:6.1 QCS控制软件的著作权归乙方，甲方获得永久使用许可。
P:6.2 乙方为本项目专门编制的控制策略、组态画面、接口程序及其源代码归甲方所有，甲方可自行修改或委托第三方维护。
H:第七条 数据安全
P:7.1 QCS及DCS产生的生产工艺数据、配方参数属甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
P:7.2 乙方远程维护须经甲方逐次审批，通过甲方工控防火墙和堡垒机接入，操作全程记录，维护结束后立即断开连接。乙方不得在设备或软件中预留远程后门、隐藏账号或自动外发数据的功能，乙方人员使用的移动存储介质须经甲方杀毒检查后方可接入控制系统。发生数据泄露或网络安全事件的，乙方应在2小时内报告并采取处置措施，因乙方原因造成的损失由乙方赔偿。
H:第八条 保密
P:8.1 双方对在合作中知悉的对方技术信息和商业信息负保密义务，未经对方书面同意不得向第三方披露，保密期至本合同终止后五年。甲方的产品配比、纸种工艺参数及客户信息属于甲方商业秘密，乙方不得用于为其他客户提供服务。
H:第九条 分包
P:9.1 乙方可将流浆箱现场安装、管道焊接及脚手架搭设工作分包给具备相应资质的单位，但应在进场前五日书面通知甲方，并对分包单位的工作承担责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按应付未付款的万分之三支付违约金。
H:第十一条 合同解除
P:11.1 乙方交货逾期超过45日，或设备经两次测试仍不合格，或有其他根本违约行为经书面催告后15日内未改正的，甲方有权解除合同。
P:11.2 合同解除后，乙方应返还甲方已付款项，并赔偿甲方因此遭受的停机损失及其他直接损失。
H:第十一条之一 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方可协商解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:12.2 本合同经双方法定代表人或授权代表签字并加盖合同专用章后生效，一式四份，双方各执二份。技术协议、设备清单及维保服务内容说明为本合同附件。
P:甲方：江华纸业股份有限公司（盖章）　　乙方：科沃特造纸装备技术有限公司（盖章）
"""

# ---------------------------------------------------------------- z03 (.txt, 一、/（一）/1.)
Z03 = """连锁药店会员管理及处方审核SaaS服务合同

合同编号：KY-IT-2026-036
甲方（客户）：康源大药房连锁有限公司
乙方（服务商）：云方医药科技有限公司

甲方在省内经营90家零售药店。为统一会员管理并对处方药销售实施前置审核，甲方订购乙方"云方药店通"SaaS平台的会员管理及处方审核模块，并委托乙方完成实施和接口对接。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务：甲方90家门店及总部使用乙方平台的会员管理（积分、储值、慢病会员档案、精准营销）及处方审核（电子处方流转、药师在线审方、审方记录留存）模块。
（二）实施服务：
1. 将甲方现有约46万条会员数据迁移至平台；
2. 完成平台与甲方POS收银系统、ERP系统及医保结算系统的接口对接；
3. 配置处方审核规则库，并对门店店长、执业药师进行培训。
4. 为总部会员运营人员提供营销活动配置及数据分析培训，并编制门店操作手册。
（三）服务期为两个服务年度：第一个服务年度自2026年5月1日起至2027年4月30日止，第二个服务年度自2027年5月1日起至2028年4月30日止。

二、费用
（一）订阅费：每店每服务年度3,880元，90家门店每服务年度349,200元，两个服务年度合计698,400元。
（二）实施及接口开发费：138,600元（一次性）。
（三）本合同总额为837,000元，已含增值税。

三、付款
（一）实施及接口开发费在上线验收合格后15个工作日内一次性支付。
（二）每一服务年度的订阅费于该服务年度开始后10个工作日内支付。
（三）乙方应在每次付款前开具合法有效的增值税专用发票。

四、双方义务
（一）甲方负责提供门店网络、收银终端及审方所需的药师资质信息，指定项目联系人，并协调POS、ERP及医保系统原厂商配合接口对接。甲方应保证向乙方提供的会员数据来源合法，并已按规定取得会员的授权。
（二）乙方负责平台的运行维护、版本更新及安全防护，保证审方模块符合药品监督管理部门关于处方审核和处方留存的要求，并在相关规定调整时及时更新规则库，不另行收费。
（三）乙方应为甲方提供7×24小时服务热线和在线工单系统，每月向甲方提交服务报告，内容包括可用率、故障清单及处理情况。
（四）乙方应在平台发布影响门店操作的新版本前5个工作日通知甲方，并提供版本说明和必要的培训；重大版本应先在甲方指定的试点门店试运行。
（五）甲方新开门店或关闭门店的，订阅费按实际使用门店数和使用天数据实结算，单店订阅费标准在服务期内不变。

五、上线与验收
（一）乙方应在2026年4月20日前完成全部门店上线。
（二）上线验收标准：
1. 90家门店全部可正常使用会员及审方功能；
2. 会员数据迁移后条数、积分及储值余额与原系统逐条核对一致；
3. POS、ERP及医保接口连续运行7日无差错；
4. 处方自提交到药师审结，平均处理时长不超过3分钟。
（三）甲方在乙方提交验收申请后5个工作日内组织验收并出具书面意见。门店开始使用平台不视为验收合格。
（四）验收不合格的，乙方应在7日内完成整改并重新申请验收，整改期间的订阅服务不另行收费，整改期间产生的额外实施费用由乙方承担。

六、服务水平
（一）平台月度可用率不低于99.5%（计划维护除外，计划维护安排在每日0:00至5:00之间并提前通知甲方）。
（二）一级故障（任一门店无法收银或审方、会员积分错误）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，次日解决。平台故障期间，乙方应保证门店可通过离线模式完成收银，网络恢复后数据自动同步，不得造成会员积分或储值数据丢失。
（三）可用率未达标的，每低0.1个百分点，按当月订阅费的2%抵扣服务费；一级故障迟延响应的，每次抵扣500元。
（四）乙方应每季度向甲方提供一次处方审核数据统计，包括审方数量、驳回原因分布及平均审方时长，协助甲方完成药品监督管理部门的检查。

七、数据安全与个人信息保护
（一）会员信息、处方及用药记录等全部业务数据归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应依照《个人信息保护法》《数据安全法》对数据加密存储和传输，平台部署于境内通过等保三级测评的机房，访问权限最小化并留存操作日志。
（三）发生数据泄露等安全事件的，乙方应在2小时内通知甲方并配合处置，因乙方原因造成的损失由乙方承担。
（四）服务期满或合同解除后，乙方应在30日内将数据完整返还甲方并删除其保留的副本。
（五）乙方如需变更数据存储机房，应提前征得甲方书面同意，且变更后的机房仍应位于中国境内并满足本条要求。

八、保密
乙方对甲方经营数据、会员信息、价格政策等商业秘密负保密义务，未经甲方书面同意不得披露，保密期间至合同终止后三年。乙方应与接触甲方数据的员工签署保密协议，并对其进行个人信息保护培训；员工离职时应及时注销其全部访问权限。

九、知识产权
平台软件知识产权归乙方。乙方为甲方定制开发的接口程序、报表模板及审方规则配置归甲方所有，甲方可自由使用和修改。服务期满后，乙方应配合甲方将上述配置导出，以便甲方迁移至其他系统。

十、续订
服务期满前30日，任何一方未书面提出不再续订的，本合同自动续订一个服务年度。续订时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方书面通知后即生效。

十一、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日按合同总额的千分之一支付违约金。
（二）乙方对本合同项下的累计赔偿责任以合同总额的两倍为限，但因数据安全事件造成的损失不受此限。
（三）甲方逾期支付订阅费的，每逾期一日按应付金额的万分之三支付违约金，但乙方不得因此暂停服务，逾期超过60日的除外。
（四）因乙方平台审方规则错误导致甲方受到药品监督管理部门处罚的，乙方应承担甲方的罚款及相应损失。

十二、分包
未经甲方书面同意，乙方不得将实施服务的任何部分分包给第三方。

十三、合同解除
乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方退还未提供服务部分的订阅费。平台连续中断超过两日，或一个服务年度内发生三次以上一级故障的，视为乙方严重违约。合同解除后，乙方应按本合同第七条的约定返还并删除甲方数据。

十四、争议解决
本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。

十五、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失。因第三方云服务商或电信运营商故障导致的中断，不属于乙方可免责的不可抗力。

十六、其他
（一）本合同附件包括：服务功能清单、接口对接说明、服务水平说明。
（二）本合同自双方盖章之日起生效，一式四份，双方各执二份。

甲方（盖章）：康源大药房连锁有限公司
乙方（盖章）：云方医药科技有限公司
日期：2026年3月
"""

# ---------------------------------------------------------------- z04 (.txt, 第X条 with （一）)
Z04 = """电子招投标系统运维服务合同

合同编号：QHGZ-YW-2026-05
采购人（甲方）：清河市公共资源交易中心
服务商（乙方）：衡信软件服务有限公司

依据清河市公共资源交易中心电子招投标系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方订立本合同。

第一条 服务范围
（一）运维对象：电子招投标交易平台（含项目登记、招标文件发布、投标文件加密上传、不见面开标、评标系统、专家抽取接口）、CA数字证书互认接口、与省公共资源交易平台的数据交换接口，以及上述系统所在的应用服务器、数据库和中间件。
（二）服务内容：日常巡检与监控、故障处理、数据库维护与备份、安全加固与漏洞修复、开评标现场保障、功能微调（每季度不超过20人日）、用户咨询与培训。用户培训包括每半年为代理机构和投标人举办一次系统操作培训，并在甲方网站更新操作指南。
（三）服务期自2026年3月1日起至2027年2月28日止。
（四）运维交付物：运维服务方案、应急预案、系统配置清单、月度巡检报告、季度运维报告、故障处理记录、备份恢复演练报告及年度运维总结。
（五）服务期内，省级平台接口规范或国家电子招标投标技术规范调整的，乙方应在规定期限内完成适配性修改，属于功能微调范围的不另行收费；超出功能微调人日的，由双方另行协商。

第二条 服务人员
（一）乙方安排驻场运维工程师3名，工作日8:30至17:30在甲方现场服务；开标日提前1小时到岗。
（二）乙方安排二线专家团队提供远程支持，数据库工程师和安全工程师各不少于1名。二线专家应在接到驻场人员或甲方通知后30分钟内介入，必要时到甲方现场处理。
（三）驻场运维工程师应具备三年以上电子招投标或政务信息系统运维经验，其中至少1名持有数据库认证证书、1名持有网络安全相关认证证书。
（四）驻场人员须经甲方面试同意。乙方更换人员应提前10日书面告知并经甲方同意。
（五）驻场人员应遵守甲方考勤及保密管理制度，不得参与任何投标人的投标活动，不得与投标人、代理机构存在利害关系。

第三条 服务水平
（一）电子招投标平台年度可用率不低于99.95%。
（二）故障分级与响应：一级故障（开标、评标或投标文件上传中断）乙方应在15分钟内响应，1小时内恢复；二级故障（部分功能异常）30分钟内响应，8小时内解决；三级故障（咨询及一般问题）当日答复。
（三）每季度至少进行一次全面巡检和一次数据恢复演练；重大节假日及集中开标日前完成专项检查。
（四）乙方未达到上述服务水平的，应在5个工作日内向甲方提交书面整改报告，说明原因及改进措施，并在季度运维报告中说明整改结果。

第三条之一 应急保障
（一）乙方应在服务期开始后15日内编制应急预案，内容包括开标系统中断、数据库故障、网络攻击及CA证书失效等场景的处置流程，报甲方备案。
（二）每半年组织一次应急演练，演练方案及总结报甲方审阅。
（三）遇省市重点项目集中开标时，乙方应增派技术人员到场保障，不另行收费。
（四）系统发生一级故障时，乙方应立即启动应急预案，并同时报告甲方值班负责人；故障恢复后24小时内提交故障分析报告，说明原因、影响范围及防范措施。
（五）乙方应每日检查数据库备份完成情况，每周将备份介质异地存放于甲方指定地点，备份数据至少保留六个月。

第四条 合同价款与支付
（一）本合同总价为人民币686,000元，包括驻场人员费用、二线支持、巡检、工具及税费。
（二）服务费按季度支付，每季度结束并收到乙方季度运维报告后15个工作日内，甲方支付171,500元。
（三）甲方不支付任何预付款。
（四）乙方应在每次付款前开具合法有效的增值税发票。因甲方财政支付流程导致的付款延迟，不视为甲方违约，乙方不得因此停止或降低服务。

第五条 服务考核与验收
（一）甲方每季度对乙方服务进行考核，考核依据为：运维日志与巡检记录完整、故障工单闭环、备份恢复演练报告、季度运维报告。考核结果作为甲方今后采购时的参考。
（二）服务期满后，乙方提交年度运维总结、系统配置清单及全部运维文档，经甲方审核确认后完成服务验收。运维文档应完整、准确，能够满足后续服务商接手运维的需要。
（三）甲方发现乙方服务存在问题的，可书面要求乙方限期改正，乙方应在规定期限内改正并书面回复。

第六条 数据安全
（一）交易平台中的项目信息、投标文件、评标数据、市场主体信息等全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
（二）乙方应遵守等级保护三级管理要求，所有运维操作通过甲方堡垒机进行，严禁私自下载、复制交易数据，严禁在开标前接触投标文件解密密钥。
（三）发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在30分钟内报告甲方，并配合开展调查处置。因乙方原因导致数据安全事件的，乙方依法承担全部赔偿责任。

第七条 保密
乙方及其人员对在服务中接触的招标文件、投标文件、标底、评标专家名单等信息负保密义务，不得泄露；驻场人员应签署个人保密承诺书。保密义务在本合同终止后继续有效。

第八条 知识产权
乙方在运维过程中为甲方编写的脚本、监控配置、运维文档及功能微调形成的代码归甲方所有。乙方应在每季度末将上述成果整理归档并提交甲方，服务期满时一并移交，不得以任何理由留存或拒绝移交。

第八条之一 甲方义务
（一）甲方负责提供驻场办公条件、堡垒机账号及必要的系统资料。
（二）甲方指定专人负责运维工作的协调和监督，对乙方提交的运维报告及时审阅，并在收到报告后10个工作日内提出书面意见。
（三）甲方如需对系统进行重大变更或与其他系统对接，应提前通知乙方，乙方应提供技术配合。
（四）甲方应按本合同约定按时支付服务费，并为乙方驻场人员提供必要的安全培训。

第九条 分包
乙方不得将本合同服务分包或转包给任何第三方。

第十条 合同解除
乙方有下列情形之一的，甲方可书面通知解除本合同：（一）因乙方原因造成开标或评标中断且未能在当日恢复，影响交易活动正常进行的；（二）违反第六条或第七条约定的；（三）有其他严重违约行为，经甲方书面通知后7日内未改正的。合同解除后，甲方按实际服务期结算服务费。

第十一条 合同期满
服务期满本合同自然终止，不自动续期。甲方如需继续采购运维服务，依法另行组织采购。
服务期满时，乙方应配合甲方与后续服务商完成交接，移交全部账号、文档及配置资料，交接期不少于10个工作日。

第十二条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。争议处理期间，乙方应继续提供运维服务，不得以存在争议为由中止服务或拒绝移交运维资料，以免影响公共资源交易活动的正常进行。

第十三条 其他
本合同未尽事宜，依照磋商文件和响应文件执行。本合同一式四份，双方各执二份，自双方盖章之日起生效。

甲方（盖章）：清河市公共资源交易中心
乙方（盖章）：衡信软件服务有限公司
签订日期：2026年2月20日
"""

# ---------------------------------------------------------------- z05 (.md, ## 第X条, supplier's template)
Z05 = """# 食品生产追溯管理系统软件许可及开发合同

（溯源通标准合同文本 V3.0）

甲方（用户）：潮味食品有限公司

乙方（供应商）：溯源通信息科技有限公司

甲方为牛肉丸生产企业，拟使用乙方的食品生产追溯管理系统。双方经友好协商，就软件许可、定制开发及实施事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"溯源通食品生产追溯管理系统"标准版软件使用许可，并根据甲方牛肉丸生产工艺进行定制开发和部署实施。

1.2 定制开发内容：原料肉入库批次及检疫证明登记、解冻/绞肉/斩拌/成型/煮制/速冻各工序数据采集、金属探测及称重数据对接、冷库出入库及冷链运输温度记录、成品一物一码赋码与消费者扫码查询。具体需求以双方确认的定制开发需求说明书为准，需求说明书确认后，甲方提出的新增或变更需求按乙方人天单价另行计费。

1.3 系统部署方式为甲方本地服务器部署，标准版软件包含基础数据管理、生产计划、批次管理、质量检验记录、库存管理、追溯查询及统计报表等功能模块，具体以乙方软件功能清单为准。未列入功能清单及定制开发需求说明书的功能，不属于本合同范围。

1.4 价格明细：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源通追溯系统标准版软件许可（永久，5个生产车间） | 368,000 |
| 2 | 定制开发（工序采集、冷链、赋码查询） | 412,000 |
| 3 | 数据采集终端及标签打印对接实施 | 56,000 |
| | 合同总价 | 836,000 |

## 第二条 付款方式

2.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即543,400元。

2.2 系统上线运行后，甲方支付剩余35%，即292,600元。

2.3 乙方在收到款项后开具相应金额的增值税普通发票。甲方要求开具专用发票的，应提前提供开票信息。

2.4 上述价格不包括服务器、数据库软件、操作系统、网络设备、数据采集终端、标签打印机及标签耗材的费用，也不包括乙方人员为甲方新增需求提供服务的费用。上述费用由甲方自行承担，如委托乙方代为采购，双方另行签订采购协议并据实结算。

## 第三条 交付与实施

3.1 乙方在收到甲方首付款后90日内完成系统部署。部署完成的日期以乙方发出的部署完成通知书载明的日期为准。

3.2 甲方应提供服务器、网络及现场条件，配合乙方实施。因甲方原因导致延误的，交付期限相应顺延。甲方的服务器配置应符合乙方提出的最低配置要求。

3.3 乙方负责系统安装、基础数据初始化、标签模板配置以及车间数据采集终端、标签打印机与系统的联调。数据采集终端、标签打印机及耗材由甲方自行采购。

3.4 乙方为甲方操作人员提供一次集中培训，培训时长2日，培训地点在甲方厂区，培训对象为甲方指定的车间主管、品控人员及系统管理员。甲方人员变动需要再次培训的，按乙方标准另行收费。

3.5 甲方应指定项目负责人，及时确认需求、提供工艺资料和基础数据。甲方需求确认后如需变更，乙方有权另行报价并相应调整交付期限。

## 第四条 验收

4.1 乙方完成系统安装部署并通知甲方后，即视为甲方验收合格。

4.2 甲方在系统部署后使用系统的，视为对系统质量的认可。甲方对系统功能有异议的，应在部署完成后7日内书面提出，逾期未提出的，视为无异议，乙方不再另行组织验收。

## 第五条 维护服务

5.1 乙方提供自系统上线之日起六个月的免费维护服务。

5.2 免费维护期内，甲方报修后，乙方将尽快安排技术人员以电话、远程或现场方式处理。乙方根据问题的复杂程度决定处理方式，需要现场处理的，甲方承担乙方人员的差旅费用。免费维护服务时间为工作日9:00至18:00，节假日及非工作时间的服务按乙方标准另行收费。

5.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订维护协议，维护费按乙方当年公布的服务价格标准执行。

5.4 下列情况不属于免费维护范围：甲方擅自修改系统或数据库；甲方硬件、网络或操作系统故障；病毒或其他第三方原因造成的问题；甲方新增需求。

## 第六条 知识产权

6.1 本系统（包括标准版软件及根据甲方需求定制开发的全部功能模块、源代码、数据库结构及文档）的知识产权均归乙方所有。

6.2 甲方仅享有在本企业内部使用本系统的非独占、不可转让的权利，不得对系统进行修改、反编译或许可第三方使用。甲方新增生产车间或关联企业需要使用本系统的，应另行向乙方购买许可。乙方有权将定制开发形成的功能模块纳入标准产品，向其他客户提供。

## 第七条 数据

7.1 甲方录入和系统产生的生产数据归甲方所有，甲方可随时通过系统导出功能导出其数据。

7.2 甲方同意，乙方有权对系统运行数据进行脱敏处理后用于产品改进、行业分析及向其他客户提供的食品安全追溯服务。

7.3 乙方采取防火墙、访问控制、数据加密及定期备份等措施保障系统数据安全。因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

7.4 甲方应妥善保管系统管理员账号和密码，因甲方账号管理不善造成的数据问题由甲方自行负责。

## 第八条 保密

双方对在合作过程中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条保密义务在合同终止后两年内继续有效，但已经公开的信息、一方独立开发的信息或依法律规定须向有关部门提供的信息除外。

乙方可将甲方名称及本项目作为成功案例用于乙方的市场宣传。

## 第九条 违约责任

9.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

9.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

## 第十条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

合同解除后，甲方已支付的许可费不予退还，乙方已完成的开发工作量按实际发生计算。

## 第十条之一 不可抗力及免责

10.1 因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致合同不能履行的，双方均不承担责任。

10.2 乙方对因系统使用而造成的甲方间接损失、利润损失、产品召回费用不承担责任，亦不对监管部门的处罚承担责任。

10.3 甲方应自行负责追溯数据的真实性和完整性，因甲方录入数据错误导致的后果由甲方承担。

10.4 因甲方未按约定付款的，乙方有权暂停实施或维护服务，并有权收回软件使用许可，由此造成的延误和损失由甲方承担。

## 第十一条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十二条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。

本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。本合同附件包括：软件功能清单、定制开发需求说明书。需求说明书以甲方签字确认的版本为准。

甲方（盖章）：潮味食品有限公司

乙方（盖章）：溯源通信息科技有限公司
"""

# ---------------------------------------------------------------- e01 (.pdf, Article N with N.N)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. DAS-CN-2026-008
P:This Agreement is made on 9 March 2026 between Dalian Haiyun Aquaculture Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dalian, Liaoning Province ("Customer"), and Derwent AquaSystems Pty Ltd, a company incorporated in Australia with its principal office at 27 Salamanca Place, Hobart, Tasmania ("Supplier").
P:Background. Customer operates offshore sea-cage farms for large yellow croaker and sea bream off the Liaodong Peninsula and wishes to use Supplier's TideFarm software to plan feeding, record stock movements and monitor environmental conditions across its farms. Supplier has agreed to license the software on a perpetual basis and to configure, integrate and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means TideFarm Enterprise version 7, comprising the Feed Planner, Stock Ledger, Environment Monitor and Mobile Log modules, in object code, together with its documentation and all updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, report templates, interface programs, data-migration scripts and other work product created by Supplier specifically for Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Licensed Software in Customer's use, including feeding records, biomass estimates, mortality records, sensor readings and harvest data.
P:1.4 "Go-Live" means the start of productive use of the system at all of Customer's farm sites, confirmed by a Go-Live Certificate signed by both parties.
P:1.5 "Final Acceptance" means Customer's written confirmation under Article 5.3 that the system has passed the acceptance tests.
H:Article 2 Licence and Services
P:2.1 Supplier grants Customer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software for up to 60 named users at Customer's sites and in Customer's own data centre in Dalian, including for backup, disaster recovery, testing and training.
P:2.2 Supplier shall perform the following services: (a) configuration of the four modules for Customer's 14 farm sites and two hatcheries; (b) interfaces to Customer's Kingdee ERP, its feed-barge control systems and the buoy-mounted water-quality sensors; (c) migration of five seasons of historical stock and feeding records; and (d) training for farm managers, feed operators and IT staff.
P:2.3 The services shall be delivered in accordance with the implementation plan in Annex 2. Supplier shall appoint a project manager fluent in Chinese who will be available on site in Dalian during the configuration and testing phases, and shall not replace the project manager without Customer's agreement.
P:2.4 Customer shall provide servers, network access, a project team and timely decisions as set out in Annex 2. Where Customer's delay holds up the services, the dates in Article 5.1 shall be extended by the period of that delay.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,760,000, made up as follows: Licence Fee CNY 1,248,000; configuration and interfaces CNY 386,000; data migration CNY 92,000; training CNY 34,000.
P:3.2 The Contract Price is fixed. It includes all taxes payable in China, the travel and accommodation costs of Supplier's personnel, and all warranty services under Article 6.
H:Article 4 Payment
P:4.1 Customer shall pay the Contract Price in three instalments: (a) 20% (CNY 352,000) within 20 days after signature and receipt of Supplier's invoice; (b) 45% (CNY 792,000) after the Go-Live Certificate, which confirms that the system is in productive use at all sites but does not constitute acceptance; and (c) 35% (CNY 616,000) within 20 days after Final Acceptance.
P:4.2 All payments shall be made in CNY by bank transfer to the account of Supplier's representative office in Shanghai, against a valid Chinese VAT invoice.
H:Article 5 Delivery and Acceptance
P:5.1 Supplier shall achieve Go-Live at all sites within 140 days after signature.
P:5.2 The acceptance tests shall verify that: (a) all functions listed in Annex 1 operate as specified; (b) migrated stock and feeding records reconcile with Customer's source records for every cage and season; (c) readings from the water-quality sensors appear in the Environment Monitor within 60 seconds; (d) ERP postings of feed consumption match the Stock Ledger for two consecutive month-end closes; and (e) the system runs for 45 consecutive days after Go-Live without a Severity 1 incident.
P:5.3 Customer shall confirm Final Acceptance in writing within ten working days after the tests are passed. Go-Live, productive use or payment shall not by themselves constitute acceptance. If a test fails, Supplier shall correct the defect at its own cost and repeat the test.
H:Article 6 Warranty and Support
P:6.1 Supplier warrants that the Licensed Software and the Custom Deliverables will conform to the specifications for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Supplier shall correct defects, provide all updates and new versions, and provide telephone, remote and on-site support free of charge.
P:6.2 Supplier shall respond to a Severity 1 incident (the system or a core module is unavailable, or feeding plans cannot be issued) within 1 hour, around the clock, and shall provide a workaround or fix within 8 hours. Severity 2 incidents shall be responded to within 2 hours during business hours and resolved within two business days.
P:6.3 For each full hour by which Supplier misses the Severity 1 response or fix time, Supplier shall credit Customer CNY 1,000 against the next amount payable, or pay it on demand.
P:6.4 After the Warranty Period, Supplier shall provide annual support and updates on request at an annual fee of 11% of the Licence Fee (CNY 137,280), fixed for the first three years after the Warranty Period. Each support year requires a separate order from Customer; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software remains Supplier's property.
P:7.2 All rights in the Custom Deliverables vest in Customer upon creation. Supplier shall deliver their source code and documentation with Final Acceptance. Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 Supplier shall indemnify Customer against claims that the Licensed Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Data Security and Customer Data
P:8.1 Customer Data belongs to Customer. Supplier may access and process Customer Data only to perform this Agreement and shall not copy, retain, aggregate or use it for any other purpose.
P:8.2 Supplier shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law when it handles Customer Data. Remote access is permitted only through Customer's VPN with multi-factor authentication, after Customer's approval for each session, and shall be logged. No Customer Data may be transferred outside the People's Republic of China.
P:8.3 Supplier shall notify Customer within 6 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take all reasonable remedial steps, and shall be liable for all losses resulting from a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent duties. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Supplier fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to liability under Articles 7.3, 8 and 9, to personal injury or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 Supplier shall not subcontract any part of the services without Customer's prior written consent. Supplier remains responsible for the acts and omissions of any approved subcontractor as for its own.
H:Article 12 Termination
P:12.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and fails to remedy it within 20 days after being notified, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination for Supplier's breach, Supplier shall refund the amounts paid for services not accepted. The licence granted under Article 2.1 continues for Licence Fees paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as typhoon, earthquake or government action, provided it notifies the other party promptly and resumes performance as soon as possible.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Tasmania, Australia.
P:14.2 The parties submit to the non-exclusive jurisdiction of the courts of Tasmania and the courts entitled to hear appeals from them.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both versions have equal effect.
P:15.2 Annex 1: Functional specification. Annex 2: Implementation plan. Annex 3: Support procedures.
P:Signed for Customer: ____________________    Signed for Supplier: ____________________
"""

# ---------------------------------------------------------------- e02 (.md, Order Form Part A + General Terms Part B)
E02 = """# ORDER FORM AND GENERAL TERMS — BorderLedger Subscription

Order Form No. TEC-OF-2026-0311

## Part A — Order Form

### A1. Parties

**Provider:** Top End Compliance Software Pty Ltd, 19 Smith Street, Darwin, Northern Territory, Australia.

**Customer:** Guangzhou Nanyue Fresh Produce Import Co., Ltd., Panyu District, Guangzhou, People's Republic of China.

### A2. Service

BorderLedger, a cloud service for import compliance of fresh fruit and vegetables: supplier and packhouse registers, phytosanitary certificate tracking, customs declaration preparation, cold-chain temperature records and recall tracing. Edition: Professional, 60 named users, two customs broker accounts, Chinese and English interface. The Service is hosted in the Alibaba Cloud Shenzhen region.

### A3. Subscription Term

36 months from 1 May 2026 (the "Start Date") to 30 April 2029, in three Subscription Years beginning on 1 May of each year.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 60 users, annual | 268,000 |
| Subscription, Subscription Year 2 | 60 users, annual | 268,000 |
| Subscription, Subscription Year 3 | 60 users, annual | 268,000 |
| Onboarding (configuration, data load, interfaces, training) | one-time | 72,000 |
| **Total Contract Value** | | **876,000** |

Each Subscription Year's fee is invoiced on the first day of that Subscription Year and payable within 30 days of invoice. The onboarding fee is invoiced after Onboarding Acceptance under B3.2 and payable within 30 days of invoice. Additional users may be added at CNY 4,470 per user per Subscription Year, pro rata.

### A5. Service Levels

Monthly availability of 99.95% and the support targets in B4 apply. Provider's approved hosting provider: Alibaba Cloud (Shenzhen region).

### A6. Signature

This Order Form and the General Terms in Part B form one agreement (the "Agreement"). If they conflict, this Order Form prevails.

Signed for Provider: ____________ Date: ________

Signed for Customer: ____________ Date: ________

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the subscription service described in A2, including updates Provider makes generally available.

1.2 "Customer Data" means all data, documents and records uploaded to or created in the Service by or for Customer, including supplier details, certificates, declarations and temperature logs.

1.3 "Customer Configurations" means the workflows, templates, report layouts and interface mappings Provider builds for Customer during onboarding.

### 2. Use of the Service

2.1 Provider grants Customer and its affiliates in mainland China the right to use the Service during the Subscription Term for their internal business.

2.2 Customer is responsible for its users' credentials and for the accuracy of the data it uploads. Customer shall not resell the Service or use it to build a competing product.

### 3. Onboarding

3.1 Provider shall complete onboarding within 45 days after the Start Date. Onboarding includes configuring three import workflows, loading Customer's supplier and packhouse register, building interfaces to Customer's ERP and to the single-window declaration system, and training ten key users.

3.2 Onboarding Acceptance: Customer shall test the onboarding deliverables against the following criteria: (a) all three workflows run end to end on ten sample shipments; (b) the loaded registers reconcile record by record with Customer's source files; (c) declaration data passes the single-window format check without manual correction; and (d) the ERP interface posts shipment costs correctly for two weeks. Customer shall confirm or reject in writing within ten business days. Use of the Service in production does not by itself mean acceptance.

3.3 If onboarding is not accepted by the 45th day for reasons attributable to Provider, Provider shall pay CNY 900 for each day of delay, up to CNY 45,000 in total.

### 4. Service Levels and Support

4.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding maintenance windows announced five days in advance and held between 01:00 and 05:00 China Standard Time.

4.2 Priority 1 incidents (the Service is unavailable or declarations cannot be submitted) shall be responded to within 1 hour and restored within 6 hours, at any time. Priority 2 incidents shall be responded to within 3 business hours and resolved within two business days. Support is provided in Chinese and English.

4.3 If availability falls below the target in a month, Provider shall credit 5% of that Subscription Year's monthly equivalent fee for each started 0.1 percentage point of shortfall, to a maximum of half the monthly equivalent fee. A late Priority 1 response earns a credit of CNY 1,000 per hour. Credits are deducted from the next invoice or refunded at the end of the term.

### 5. Customer Data and Data Protection

5.1 Customer Data belongs to Customer.

5.2 Provider may use Customer Data to provide and support the Service. Provider may also compile aggregated and de-identified data derived from Customer Data and from the data of other customers, and use it to improve the Service, to train its risk-scoring models and to publish market benchmarks, during and after the Subscription Term.

5.3 Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, logging of administrator access and daily backups kept in mainland China. Provider shall comply with the PRC Personal Information Protection Law and Data Security Law, and shall not transfer Customer Data outside mainland China.

5.4 Provider shall notify Customer within 12 hours after it becomes aware of a security incident affecting Customer Data, shall cooperate with Customer's investigation and shall bear the losses caused by an incident attributable to Provider's breach of this clause.

5.5 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data in a standard format and then delete it.

### 6. Intellectual Property

6.1 Provider owns the Service and its underlying software.

6.2 Customer Configurations belong to Customer. Customer may use, modify and allow third parties to use them freely, and Provider shall export them on request.

### 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, use it only for the purposes of the Agreement and not disclose it to third parties except to advisers bound by similar obligations. These obligations continue for three years after the Agreement ends.

### 8. Subcontracting

8.1 Apart from the hosting provider approved in A5, Provider shall not subcontract any part of the Service without Customer's prior written consent, and remains responsible for the hosting provider and any approved subcontractor.

### 9. Liability

9.1 Each party's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid or payable by Customer in the six (6) months preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business, except in cases of wilful misconduct.

### 10. Term, Renewal and Termination

10.1 The Agreement starts on the Start Date and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Term.

10.3 Termination does not affect accrued rights or B5.5, B7 and B9.

10.4 Provider may suspend a user account only where that account is being used in breach of B2.2 or threatens the integrity of the Service, and only to the extent and for the time necessary. Provider shall notify Customer before suspension, or immediately afterwards where prior notice is not practicable, and shall restore access as soon as the cause has been removed.

### 10A. Changes to the Service

10A.1 Provider may update the Service from time to time, but shall not materially reduce the functions described in A2 or the service levels in B4 during the Subscription Term. Provider shall give Customer at least 30 days' notice of any change that requires Customer to change its interfaces, and shall support the old interface version for at least 90 days after the new version is released.

10A.2 Where Chinese regulations on import declarations, phytosanitary certificates or cold-chain records change, Provider shall adapt the Service within a reasonable time at no extra charge.

### 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the addresses in A1 or to email addresses the parties notify to each other.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 The Agreement is made in English and Chinese; both versions have equal effect.
"""

# ---------------------------------------------------------------- e03 (.docx, 1. / 1.1, Word price table, buyer's paper)
E03 = """T:PURCHASE CONTRACT FOR VINEYARD MONITORING SENSORS AND SOFTWARE LICENCE
P:Contract No. HLS-PUR-2026-021
P:Buyer: Ningxia Helan Mountain Estate Winery Co., Ltd., Yinchuan, Ningxia Hui Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Vinterra Sensing Pty Ltd, 88 Flinders Street, Adelaide, South Australia, Australia (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Buyer wishes to monitor soil moisture, canopy microclimate and frost risk across its 1,150 hectares of vineyards at the eastern foot of the Helan Mountains, and the Supplier has offered the equipment, software licence and services described below.
H:1. Definitions
P:1.1 "Equipment" means the soil-moisture probes, weather stations, LoRaWAN gateways and accessories listed in clause 3.
P:1.2 "Licensed Software" means the Supplier's VineWatch monitoring software, server edition, including its frost-alert, irrigation-scheduling and disease-risk modules and all updates delivered under this Contract.
P:1.3 "Deliverables" means the Equipment, the Licensed Software, the Custom Work and all documentation.
P:1.4 "Custom Work" means the block maps, dashboards, alert rules and the interface to the Buyer's irrigation control system developed by the Supplier for the Buyer, including source code.
P:1.5 "Buyer Data" means all measurements, images, block records and other data collected by the Equipment or entered into the Licensed Software.
H:2. Scope
P:2.1 The Supplier shall supply, install and calibrate the Equipment across the Buyer's 46 vineyard blocks, install the Licensed Software on the Buyer's servers in Yinchuan, develop the Custom Work, train the Buyer's staff and provide warranty and support services in accordance with this Contract.
P:2.2 All Equipment shall be new, of the models and specifications set out in Annex 1, rated for operation between minus 30 and plus 50 degrees Celsius, and supplied with certificates of origin and calibration.
H:3. Price
P:3.1 The Contract Price is CNY 1,950,000, made up as shown in the table below. The Contract Price is fixed and includes delivery to the Buyer's sites, customs clearance, duties, taxes, installation and all warranty services.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture probe, 1.2 m, six depths|320|2,150|688,000
TB:2|Automatic weather station with leaf-wetness sensor|18|24,500|441,000
TB:3|LoRaWAN gateway with solar power kit|14|16,800|235,200
TB:4|VineWatch server licence, perpetual, unlimited users|1|396,000|396,000
TB:5|Equipment and Licence Subtotal| | |1,760,200
TB:6|Installation, calibration and Custom Work| | |168,000
TB:7|Training| | |21,800
TB:8|Contract Price| | |1,950,000
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 390,000) within 15 business days after receiving an advance-payment bank guarantee for the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 877,500) after the Supplier has installed all Equipment and both parties have signed an Installation Certificate. The Installation Certificate records completion of installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 682,500) within 20 business days after Final Acceptance under clause 6.
P:4.4 Each payment is subject to a valid Chinese VAT invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's sites by 15 April 2026 and complete installation by 10 May 2026, before bud burst.
P:5.2 The Supplier shall bear all risk of loss of or damage to the Equipment until Final Acceptance.
P:5.3 Installation includes site survey, mounting of probes and stations, solar panels and batteries, radio coverage tests for every block, configuration of the gateways and of the Licensed Software, and the import of the Buyer's block boundaries and planting records. The Supplier shall restore any vine rows, drip lines or trellis wires disturbed during installation.
P:5.4 The Buyer shall provide access to the vineyards, a site contact, server capacity and a network connection at the winery. The Supplier's personnel shall follow the Buyer's site rules, including rules on vehicle access and on the use of agricultural chemicals.
P:5.5 The Supplier shall train up to 25 of the Buyer's vineyard managers, irrigation operators and IT staff in Yinchuan for at least four days, and shall supply operating and maintenance manuals in Chinese.
H:6. Acceptance
P:6.1 After installation the parties shall carry out acceptance tests in accordance with Annex 2. Final Acceptance requires that: (a) every probe and station reports to the Licensed Software at its configured interval, with at least 98% of expected readings received over 21 consecutive days; (b) probe readings agree with the Buyer's gravimetric soil samples within the tolerance in Annex 1 at ten sample points; (c) frost alerts reach the duty manager's mobile phone within two minutes of the trigger in a simulated test; and (d) the irrigation interface executes schedules on three pilot blocks without error for 14 days.
P:6.2 The Buyer shall issue a Final Acceptance Certificate or a written list of defects within ten business days after the tests. Installation, use of the Deliverables or any payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct software defects and provide updates, all free of charge, including parts, labour and shipping.
P:7.2 The Supplier shall respond to a Severity 1 fault (loss of data from more than ten devices, or failure of the frost-alert function) within 2 hours, at any time during the growing season from April to October, and shall restore the function within 24 hours. Other faults shall be answered within one business day.
P:7.3 For each hour by which the Supplier misses the Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 600, deducted from any amount payable.
P:7.4 After the warranty period, the Supplier shall, if the Buyer orders it, provide support, spare parts at list price less 20%, and software updates for an annual fee not exceeding 7.5% of the Equipment and Licence Subtotal (CNY 132,015), fixed for two years. Support orders do not renew automatically.
H:8. Intellectual Property
P:8.1 The Licensed Software remains the property of the Supplier, and the Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use it.
P:8.2 The Custom Work, including its source code, belongs to the Buyer, which may use, modify and license it freely.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 The Supplier shall keep Buyer Data on the Buyer's servers in China, access them only through the Buyer's approved remote-access channel, apply encryption to device communications, and follow the Buyer's information security rules. The Supplier shall notify the Buyer within 8 hours after becoming aware of any leak, loss or unauthorised access and shall be liable for the losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information relating to the Buyer's vineyards, yields, wines, customers and business that it receives under this Contract, and shall not disclose it without the Buyer's prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Liquidated Damages and Liability
P:11.1 If the Supplier fails to complete delivery or installation by the dates in clause 5.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for liability under clauses 9 and 10, personal injury and wilful misconduct.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. Any approved subcontractor shall be bound by obligations no less strict than those in clauses 9 and 10, and the Supplier remains fully responsible for its acts and omissions.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after the Buyer's notice, or if liquidated damages reach their maximum.
P:13.2 On termination the Supplier shall refund all amounts paid for Deliverables not accepted and take back any such Equipment at its own cost. The Buyer may keep and continue to use any accepted Equipment and the Licensed Software.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan. The award is final and binding.
H:15. General
P:15.1 This Contract is made in Chinese and English; in case of difference the Chinese version prevails.
P:15.2 Annex 1: Technical specifications. Annex 2: Acceptance test plan. Annex 3: Installation layout.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (.md, numbered clauses + Schedules 1-3 as tables)
E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. SRM-TS-2026-004

This Managed IT Services Agreement is made on 2 February 2026 between:

- **Tangshan Beifang Mining Equipment Remanufacturing Co., Ltd.**, Caofeidian District, Tangshan, Hebei Province, People's Republic of China ("**Customer**"); and
- **Swan River Managed Services Pty Ltd**, Level 9, 140 St Georges Terrace, Perth, Western Australia, Australia, acting through its Beijing branch office ("**Provider**").

Customer remanufactures hydraulic shovels, haul-truck components and drilling equipment at six sites in Hebei and Inner Mongolia. Provider supplies managed IT services to mining and heavy-equipment companies in Australia and China.

## 1. Definitions

1.1 "**Services**" means the managed services described in Schedule 1.

1.2 "**Service Levels**" means the targets and service credits in Schedule 2.

1.3 "**Charges**" means the charges in Schedule 3.

1.4 "**Customer Data**" means all data of Customer and its customers stored on, processed by or passing through the systems managed under this Agreement, including engineering drawings, repair histories, production records and personnel records.

1.5 "**Service Commencement Date**" means the date on which Customer signs the Transition Acceptance Certificate under clause 4.3.

1.6 "**Term**" means 36 months from the Service Commencement Date.

## 2. Services

2.1 Provider shall provide the Services from the Service Commencement Date for the Term in accordance with this Agreement, the Service Levels and good industry practice.

2.2 Provider shall staff a bilingual service desk and a remote operations centre in Beijing and shall keep two resident engineers at Customer's Caofeidian headquarters during business hours.

2.3 Provider shall report monthly on Service Level performance, incidents, changes, capacity and recommended improvements, and shall attend a monthly service review with Customer's IT manager.

2.4 Customer shall give Provider timely access to its sites, systems and personnel, and shall appoint a contract manager.

2.5 Provider shall maintain an up-to-date configuration management database of all managed devices, and shall give Customer read access to its ticketing and monitoring portals at all times.

2.6 Changes to production systems shall follow the change procedure agreed during transition. Emergency changes may be made by Provider to restore service, provided that Customer's duty manager is informed at once and the change is recorded within one business day.

## 3. Charges and Payment

3.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term, except for additional devices or users added by change request at the unit rates in Schedule 3.

3.2 The monthly service charge is invoiced monthly in arrears and payable within 30 days after receipt of a valid VAT invoice. The transition charge is invoiced after Transition Acceptance and payable within 30 days.

3.3 Customer pays no advance or deposit.

## 4. Transition

4.1 Provider shall complete the transition within 60 days after signature. Transition includes discovery and documentation of all in-scope devices, installation of monitoring agents, set-up of the service desk, migration of open tickets and creation of runbooks for every site.

4.2 If Provider does not complete transition on time for reasons attributable to it, Provider shall pay CNY 2,000 for each day of delay, up to CNY 120,000.

4.3 Transition Acceptance requires that: (a) all devices listed in Schedule 1 are visible in Provider's monitoring platform with alert thresholds agreed with Customer; (b) runbooks for all six sites are approved by Customer; (c) a failover test of the core network and a restore test of three servers chosen by Customer succeed; and (d) the service desk handles a two-week parallel run with no Priority 1 ticket breaching its response target. Customer shall confirm or reject in writing within ten business days after Provider's notice of completion.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2. If it fails to do so, Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice.

5.2 Service credits are a price adjustment and do not limit Customer's other rights for losses caused by the failure.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not sell, disclose or otherwise use it.

6.2 On expiry of the Term, Provider shall hand over all Customer Data, configurations and documentation to Customer or to a successor provider nominated by Customer.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public information, including Customer's drawings, pricing, customer lists and network architecture, and shall use it only for this Agreement. This clause survives for five years after the end of the Term.

## 8. Intellectual Property

8.1 Provider keeps all rights in its monitoring platform, tools and general know-how.

8.2 Runbooks, scripts, network diagrams and configurations created specifically for Customer belong to Customer, which may use and modify them freely and hand them to any successor provider.

## 9. Personnel and Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

9.2 Provider shall replace any resident engineer whom Customer reasonably considers unsuitable within 15 business days.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the total Charges payable over the Term, except for liability for personal injury, wilful misconduct and breach of clause 7, which is unlimited.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Term and End of the Agreement

11.1 This Agreement begins on signature and continues until the end of the Term, when it expires. It does not renew automatically; an extension requires a written amendment signed by both parties.

11.2 The Agreement may not be terminated before the end of the Term, except under clause 12.

11.3 For 60 days before expiry, Provider shall cooperate with Customer and any successor provider to achieve an orderly exit, at no extra charge. The exit assistance includes knowledge-transfer sessions, handover of passwords and administrative credentials, and a final inventory of all managed devices and licences.

## 12. Force Majeure

12.1 Neither party is liable for failure caused by events beyond its reasonable control. If a force majeure event prevents performance of a substantial part of the Services for more than 90 consecutive days, either party may end this Agreement by written notice.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.

14.2 This Agreement is made in English and Chinese; both versions have equal effect.

Signed for Customer: ____________________

Signed for Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Bilingual telephone, email and portal support for 820 users | 24 x 7 |
| Network management | 6 sites, 74 switches, 12 firewalls, 9 WAN links, 210 wireless access points | 24 x 7 monitoring |
| Server and storage management | 96 virtual servers, 14 hosts, 2 storage arrays, backup | 24 x 7 monitoring |
| Endpoint management | 820 laptops and desktops, 140 shop-floor terminals, patching and software distribution | Business hours |
| Resident engineers | 2 engineers at Caofeidian headquarters | Business hours |
| Change and release | Planned changes through a weekly change board | Business hours |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit |
|---|---|---|
| Availability of core network and servers | 99.95% per month | 3% of the monthly service charge for each started 0.1 percentage point below target |
| Priority 1 response (site or core system down) | 30 minutes, 24 x 7 | CNY 1,500 per hour late |
| Priority 1 restoration | 6 hours | CNY 2,500 per hour late |
| Priority 2 response | 1 hour | CNY 500 per hour late |
| Service desk calls answered within 60 seconds | 90% per month | 1% of the monthly service charge |

Total service credits in any month shall not exceed 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 138,000 |
| Monthly service charge | 58,500 per month x 36 months | 2,106,000 |
| **Total Charges over the Term** | | **2,244,000** |
| Additional user | per month | 62 |
| Additional server | per month | 380 |
"""

# ---------------------------------------------------------------- e05 (.txt, upper-case headings, numbered clauses)
E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. MEA-CN-2026-017

PARTIES

Molonglo Earth Analytics Pty Ltd, 22 Lonsdale Street, Braddon, Canberra, Australian Capital Territory, Australia ("Provider").

Beijing Heyu Agricultural Insurance Co., Ltd., Chaoyang District, Beijing, People's Republic of China ("Customer").

BACKGROUND

Customer underwrites crop and livestock-pasture insurance in northern China and wishes to use satellite-derived vegetation, soil-moisture and weather indices to price policies, monitor insured fields and assess claims. Provider produces these indices from public and commercial satellite data and delivers them through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's AgriIndex API, version 3, and any later version Provider makes available under this Agreement.

1.2 "Index Data" means the vegetation, soil-moisture, rainfall, temperature and crop-stage indices and related metadata delivered through the API.

1.3 "Customer Inputs" means the field boundaries, policy identifiers, crop types, claim locations and other data that Customer submits to the API.

1.4 "Subscription Year" means each of the two periods set out in clause 3.1.

1.5 "Integration Adapter" means the software module Provider develops for Customer to connect the API with Customer's underwriting and claims systems.

2. SUBSCRIPTION

2.1 Provider grants Customer and its branches in mainland China a non-exclusive, non-transferable right during the Subscription Term to call the API, to receive Index Data, and to use and store Index Data for Customer's insurance business, including in pricing models, policy documents, claim files and reports to regulators.

2.2 The subscription covers up to 2.5 million insured field polygons and 40 million API calls per Subscription Year. Usage above these volumes is charged at the overage rates in clause 4.3.

2.3 Customer shall not resell Index Data as a data product or make the API available to third parties other than its reinsurers and loss adjusters for specific policies or claims.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of Subscription Year 1, from 1 April 2026 to 31 March 2027, and Subscription Year 2, from 1 April 2027 to 31 March 2028.

3.2 The Agreement ends at the end of Subscription Year 2. It does not renew automatically. A further term requires a new written agreement.

4. FEES AND PAYMENT

4.1 The fees are:

   Subscription Year 1 fee ............................ CNY 418,000
   Subscription Year 2 fee ............................ CNY 438,000
   Integration Adapter and onboarding (one-time) ...... CNY 36,000
   Total contract value ............................... CNY 892,000

4.2 Each Subscription Year fee is invoiced at the start of that Subscription Year and payable within 30 days after receipt of a valid VAT invoice. The one-time fee is invoiced after Integration Acceptance under clause 5.3 and payable within 30 days.

4.3 Overage is charged at CNY 0.06 per additional field polygon per month and CNY 20 per additional thousand API calls, invoiced quarterly in arrears.

4.4 All fees are in CNY and include Chinese taxes.

5. INTEGRATION AND ACCEPTANCE

5.1 Provider shall make a test environment of the API available to Customer within 10 days after signature and shall deliver the Integration Adapter within 45 days after signature.

5.2 If Provider delivers the test environment or the Integration Adapter late for reasons attributable to it, Provider shall pay Customer CNY 800 for each day of delay, up to CNY 36,000 in total.

5.3 Integration Acceptance requires that: (a) the Integration Adapter retrieves Index Data for a test set of 5,000 field polygons supplied by Customer without error; (b) the returned values match Provider's reference files for the same polygons and dates; (c) the adapter handles API errors and retries as specified in Provider's documentation; and (d) a load test of 200 calls per second for 30 minutes completes with a median response time below 800 milliseconds. Customer shall confirm or reject in writing within ten business days after delivery. Use of the API in production does not by itself mean acceptance.

6. SERVICE LEVELS

6.1 Provider shall keep the production API available at least 99.95% of each calendar month, measured at Provider's endpoint in mainland China and excluding maintenance announced five days in advance.

6.2 Index Data for each daily update shall be available by 08:00 China Standard Time.

6.3 Provider shall respond to a Priority 1 incident (the API is unavailable, or the daily update is missing or corrupt) within 1 hour at any time, and restore service within 6 hours. Priority 2 incidents shall be responded to within 3 business hours.

6.4 If availability falls below the target in a month, Provider shall credit 5% of the monthly equivalent of the current Subscription Year fee for each started 0.1 percentage point of shortfall. A late daily update earns a credit of CNY 800 per hour late after 10:00, and a late Priority 1 response earns CNY 1,000 per hour. Credits are deducted from the next invoice or paid at the end of the term.

7. CUSTOMER INPUTS AND DATA PROTECTION

7.1 Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the API and Index Data to Customer and shall not use them for any other purpose, including for other customers, product development or model training.

7.2 Provider shall process and store Customer Inputs only on servers located in mainland China, encrypt them in transit and at rest, restrict access to named staff, keep access logs for 180 days, and comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Inputs, take immediate steps to contain it, and bear all losses caused by its breach of this clause 7.

7.4 Within 30 days after the end of the Subscription Term, Provider shall delete all Customer Inputs and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the API, its models and the Index Data, subject to Customer's rights under clause 2.1, which continue after the Subscription Term for Index Data received during it.

8.2 The Integration Adapter, including its source code, belongs to Customer. Customer may use, modify and license it freely.

9. SUBCONTRACTING

9.1 Provider shall not subcontract the operation of the API or the processing of Customer Inputs without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

10. WARRANTIES

10.1 Provider warrants that the Index Data is produced with reasonable skill and care according to the methods described in its documentation, and that it has the rights needed to grant the licence in clause 2.1.

10.2 Provider does not warrant that Index Data will be free from error, and Customer remains responsible for its underwriting and claim decisions.

10.3 Where Customer reports that Index Data for a field or date is clearly wrong, for example because of cloud cover not flagged in the metadata, Provider shall investigate within two business days and, where the report is confirmed, deliver corrected data or a documented explanation.

10.4 Provider shall give Customer at least 60 days' notice before retiring an API version or changing an index methodology, and shall publish a change note describing the expected effect on historical values.

11. LIABILITY

11.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

11.2 The limit in clause 11.1 does not apply to liability under clause 7.3 or to wilful misconduct.

11.3 Neither party is liable for indirect or consequential loss or loss of profit.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

12.2 If Customer terminates for Provider's breach, Provider shall refund the part of the current Subscription Year fee that relates to the period after termination.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.

14. GENERAL

14.1 Notices shall be given in writing to the addresses above or to the email addresses the parties designate. A notice sent by email is received on the next business day after it is sent, unless the sender receives an automatic message that it was not delivered.

14.2 Each party shall appoint a relationship manager who meets the other party's representative at least once each quarter to review service performance, data quality and planned changes.

14.3 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business.

14.4 This Agreement is made in English and Chinese; both versions have equal effect.

SIGNATURES

For Provider: ____________________        Date: ____________

For Customer: ____________________        Date: ____________
"""

# ================================================================ labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")

# key: (file, kind of build, language, category, terms, extra, TCO inputs (fee base, contract value) or None, design)
SPEC = {
 "z01": ("h594z01_hazchem_risk_monitoring_platform.pdf", "zh", "software",
         dict(OK, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=None,
              prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
              governing_law="PRC", contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=2046000), 1160000, []),
 "z02": ("h594z02_paper_mill_headbox_qcs_retrofit.docx", "zh", "hardware",
         dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=None,
              prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
              subcontract_without_consent=True, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=3180000), 2948000,
         ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
 "z03": ("h594z03_pharmacy_chain_membership_rx_saas.txt", "zh", "cloud",
         dict(OK, availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
              prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
              auto_renewal_price_increase=True, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=837000), None,
         ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
 "z04": ("h594z04_trading_centre_ebidding_om_service.txt", "zh", "services",
         dict(OK, availability_pct=99.95, p1_response_hours=0.25, sla_remedy=False, ld_rate_per_day_pct=None,
              liability_cap_pct=None, prepayment_pct=None, final_payment_on_acceptance=None, warranty_months=None,
              post_warranty_fee_pct=None, contract_kind="service"),
         dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=686000), None,
         ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
 "z05": ("h594z05_beef_ball_traceability_supplier_template.md", "zh", "software",
         dict(OK, availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
              buyer_owns_data=False, ld_rate_per_day_pct=0.02, liability_cap_pct=None, prepayment_pct=65,
              acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
              post_warranty_fee_pct=None, subcontract_without_consent=None, governing_law=None,
              contract_kind="goods_or_licence"),
         dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True,
              contract_value=836000), 368000,
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "e01": ("h594e01_aquaculture_licence_services_hobart_vendor.pdf", "en", "software",
         dict(OK, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
              prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11,
              governing_law="Tasmania", contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1760000), 1248000, ["CR-GOVERNING-LAW"]),
 "e02": ("h594e02_import_compliance_saas_order_form_darwin_vendor.md", "en", "cloud",
         dict(OK, availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False,
              ld_rate_per_day_pct=900 / 876000 * 100, liability_cap_pct=6 / 36 * 100, prepayment_pct=None,
              final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
              contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=876000), None,
         ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
 "e03": ("h594e03_vineyard_sensors_monitoring_licence_adelaide_vendor.docx", "en", "hardware",
         dict(OK, availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
              prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5,
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1950000), 1760200, []),
 "e04": ("h594e04_mining_remanufacturer_managed_it_perth_vendor.md", "en", "services",
         dict(OK, availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
              ld_rate_per_day_pct=2000 / 2244000 * 100, liability_cap_pct=150, prepayment_pct=None,
              final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
              termination_for_breach=False, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2244000), None,
         ["CR-DATA-SECURITY", "CR-TERMINATION"]),
 "e05": ("h594e05_crop_index_api_subscription_canberra_vendor.txt", "en", "cloud",
         dict(OK, availability_pct=99.95, p1_response_hours=1, confidentiality=False,
              ld_rate_per_day_pct=800 / 892000 * 100, liability_cap_pct=6 / 24 * 100, prepayment_pct=None,
              final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
              contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=892000), None,
         ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "low", "e04": "high", "e05": "medium"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, x, fee_base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; None if not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, fee_base):
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, fee_base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ================================================================ threshold scan
NUMZH = "一二三四五六七八九十"
BANNED = [
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"(?<![\d.])30\s*per\s*cent", r"thirty\s*(\(30\)\s*)?per\s*cent",
    r"三成",
    r"(?<!\d)99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4\s*-?\s*(hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十\d])四个?小时", r"\bfour\s*-?\s*(\(4\)\s*)?hours?",
    r"(?<!\d)0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.])100\s*%", r"百分之一?百", r"(?<![\d.])100\s*per\s*cent", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])12\s*(个\s*月|-?\s*months?)", r"(?<![\d.年])12\s*月(?!\s*\d{1,2}\s*日)", r"十二个月",
    r"twelve\s*-?\s*(\(12\)\s*)?months?", r"(?<![第每])一年", r"\b(one|1)\s*-?\s*years?\b", r"(?<![\d.第])1\s*年",
    r"(?<![\d.])15\s*%", r"百分之十五", r"(?<![\d.])15\s*per\s*cent", r"fifteen\s*(\(15\)\s*)?per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十", r"(?<![\d.])40\s*per\s*cent", r"forty\s*(\(40\)\s*)?per\s*cent",
]
BANNED_RE = re.compile("|".join("(?:%s)" % b for b in BANNED), re.I)
MUST_HIT = ["30%", "30 %", "百分之三十", "thirty per cent", "99.9%", "99.9 %", "4 hours", "4小时", "四小时",
            "four hours", "4-hour", "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "100 per cent", "12 months",
            "12个月", "十二个月", "twelve months", "一年", "one year", "1 year", "15%", "百分之十五", "40%", "40 %",
            "百分之四十", "forty per cent", "within 4 h", "质保期12月"]
MUST_MISS = ["24 hours", "24小时", "二十四小时", "99.95%", "99.99%", "130%", "115%", "35%", "215%", "0.055", "10.05",
             "2026年12月31日", "第一年", "每一年", "2031年", "14 hours", "0.5%", "150%", "25%", "45%", "20%",
             "11%", "7.5%", "26%", "36 months", "18 months", "24 months", "三十六个月", "十八个月", "六个月"]


def selftest():
    for s in MUST_HIT:
        assert BANNED_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not BANNED_RE.search(s), ("must miss", s, BANNED_RE.search(s))


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                lines.append(" ".join(c.text for c in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03,
           "e04": E04, "e05": E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in SPEC.items() if v[0].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in targets}, targets, OUT, wrap_words=True)
    for k, v in SPEC.items():
        if not v[0].endswith((".docx", ".pdf")):
            (OUT / v[0]).write_text(SOURCES[k], encoding="utf-8")
    covered, bad = set(), []
    for k, (name, lang, cat, terms, extra, fee_base, design) in SPEC.items():
        terms = {key: terms[key] for key in KEYS}
        assert set(terms) == set(KEYS)
        if terms["contract_kind"] == "service":
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
        else:
            assert "post_warranty_fee_capped" in extra
        rules = derive(terms, extra, fee_base)
        assert rules == sorted(design), (k, rules, design)
        assert risk(rules) == DESIGN_RISK[k], (k, risk(rules))
        covered |= set(rules)
        for key, th in THRESH.items():
            assert terms[key] is None or abs(terms[key] - th) > 1e-9, (k, key)
        share = tco_share(terms, extra, fee_base)
        if share is not None:
            assert not 38 <= share <= 42, (k, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                               encoding="utf-8")
        text = readback(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = BANNED_RE.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        if lang == "zh":
            n_raw, n_nows = len(text), len(re.sub(r"\s", "", text))
            print("%s %-62s chars %d (no whitespace %d) share %s" % (k, name, n_raw, n_nows,
                  None if share is None else round(share, 2)))
            if not (2750 <= n_raw <= 3000 and 2750 <= n_nows <= 3000):
                bad.append((k, n_raw, n_nows))
        else:
            n = len(text.split())
            print("%s %-62s words %d share %s" % (k, name, n, None if share is None else round(share, 2)))
            if not 1450 <= n <= 1650:
                bad.append((k, n))
    assert not bad, ("lengths", bad)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed; rules covered:", len(covered))
