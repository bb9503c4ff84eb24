"""holdout865: ten blind held-out draft contracts (ordinary drafts, no tricks).

Builds every contract file from the sources below (.txt/.md written as is, .docx/.pdf through ../word_pdf.py), writes
the .json labels, and asserts: the text lengths as read back, that no label value sits on a policy threshold, that no
built file states a threshold figure (regex self-tested), that each draft's rules derived from its labels by the policy
§3 reading equal the design list, and that all 20 CR rules fire at least once.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:野猪致害防控监测平台采购合同
P:合同编号：QLLY-ZFCG-2027-018
P:采购人（甲方）：青岚市林业局
P:供应商（乙方）：杭州森瞳智能科技有限公司
P:根据《中华人民共和国政府采购法》及其实施条例，依据“青岚市野猪致害防控监测平台建设项目”公开招标结果及乙方的投标文件，甲乙双方经平等协商，就平台软件许可及定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“野猪致害防控监测平台”软件许可一套（永久许可，不限用户数），并完成定制开发、部署实施和培训。平台用于全市野猪活动监测、致害预警、巡护调度、驱赶处置及农户损失登记。
P:1.2 定制开发内容包括：红外相机及声光驱赶设备接入模块（前端设备420台）；野猪活动热力分析与分级预警模块；巡护人员移动端APP；致害损失登记与补偿台账模块；与省级林草感知平台及市政务数据共享平台的数据接口。
P:1.3 平台部署在甲方指定的政务云环境。乙方应在合同签订后一百二十日内完成全部开发、部署工作并提交初验申请。
P:1.4 乙方应派驻项目经理一名、开发及实施人员不少于六名，项目经理未经甲方同意不得更换。乙方每两周向甲方提交项目进度报告。
P:1.5 乙方应为甲方及各区县林业工作站的操作人员、巡护人员提供集中培训不少于三期，每期不少于两日，并提供操作手册和视频教程。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾叁万陆仟元整（¥1,236,000），为固定总价，其中：平台软件许可费¥690,000；定制开发费¥438,000；部署实施费¥84,000；培训费¥24,000。
P:2.2 合同总价已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方凭乙方开具的合法发票支付合同总价的25%作为预付款。
P:3.2 平台上线并通过初验后，甲方支付合同总价的50%。
P:3.3 项目最终验收合格后，甲方支付合同总价的25%。
P:3.4 上述款项按照财政国库集中支付的有关规定办理，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与验收
P:4.1 乙方完成部署后提交初验申请及测试报告，甲方在十个工作日内组织初验，内容为功能清单逐项核对及前端设备接入测试。
P:4.2 初验通过后系统试运行六十日。最终验收标准为：（一）功能满足招标文件及本合同附件一的全部要求；（二）420台前端设备全部接入并正常回传数据；（三）预警信息从触发到推送至巡护人员手机不超过60秒；（四）200个并发用户下页面响应时间不超过3秒；（五）通过第三方网络安全等级保护测评；（六）试运行期间未发生一级故障。
P:4.3 甲方组织专家或委托第三方机构进行最终验收，并出具书面验收报告。系统上线、试运行或甲方实际使用，均不视为验收合格。
P:4.4 验收不合格的，乙方应在十五日内免费整改并重新申请验收，由此产生的费用由乙方承担。
P:4.5 乙方应在最终验收前向甲方移交系统部署文档、数据字典、接口说明、运维手册、源代码及安全测评报告等全部技术资料。
H:第五条 质量保证与维保
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持，并每季度进行一次巡检。
P:5.3 质保期内国家或省林草部门业务规范调整的，乙方应免费完成平台相应功能的适配修改。
P:5.2 质保期满后，甲方如需继续委托乙方提供维保服务，年度维保费不超过平台软件许可费的9%（即每年不超过¥62,100），该标准在质保期满后三年内不得上调。维保合同另行签订，不自动续期。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.5%，计划内维护时间除外，计划内维护应提前三个工作日通知甲方并安排在夜间进行。
P:6.2 故障分级及响应：一级故障（平台无法访问或预警功能失效）乙方应在1小时内响应、8小时内恢复；二级故障（部分功能异常）应在2小时内响应、24小时内解决；三级故障（一般问题或咨询）应在下一工作日内处理完毕。
P:6.3 一级故障响应每超时1小时，乙方向甲方支付服务违约金¥800；月可用率每低于约定值0.1个百分点，乙方支付服务违约金¥2,000。甲方可从应付款项中直接扣除。
P:6.4 乙方应每月向甲方提交服务报告，内容包括可用率统计、故障处理记录及预警推送情况。
H:第七条 违约责任
P:7.1 乙方逾期完成交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:7.2 乙方交付的系统不符合合同约定的，应在甲方要求的期限内免费整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:7.3 乙方未按约定派驻人员或擅自更换项目经理的，每发生一次，乙方支付违约金¥5,000。
H:第八条 知识产权
P:8.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 乙方为本项目定制开发的模块、接口程序、移动端APP及其源代码和技术文档的知识产权归甲方所有，乙方应在最终验收时移交全部源代码。甲方有权自行或委托第三方修改、使用。
P:8.3 乙方保证所交付的软件不侵犯第三方的合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台采集的红外影像、野猪活动轨迹、巡护记录、农户信息及损失数据均归甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，对数据加密存储和传输；运维操作须经甲方审批并通过堡垒机进行，操作日志留存不少于六个月。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:乙方对履行本合同过程中知悉的甲方工作秘密、数据和技术资料负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十一条 分包
P:乙方不得转包本项目，也不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，任何一方可以解除合同。
P:12.3 合同解除后，乙方应在十日内移交已完成的工作成果及甲方全部数据，配合甲方完成数据迁移，不得留存任何数据副本。
H:第十三条 争议解决
P:因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方两份，具有同等法律效力。
P:14.2 招标文件、投标文件、中标通知书及本合同附件为本合同的组成部分。附件一：功能需求清单；附件二：前端设备清单。
P:14.3 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：青岚市林业局　　　　乙方（盖章）：杭州森瞳智能科技有限公司
P:签订日期：2027年3月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HW-SB-2027-006
P:甲方：广东恒稳精密滑轨有限公司
P:乙方：东莞智控自动化工程有限公司
P:甲方因三条抽屉滑轨冲压及组装生产线的控制系统老化，委托乙方实施控制系统改造（设备供货及软件）。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责甲方一号至三号滑轨生产线（冲压、辊压成型、自动组装、包装）的控制系统改造，包括PLC控制柜更换、伺服驱动及电机更换、人机界面及工控机更新、MES数据采集软件部署，以及PLC程序和HMI画面的重新开发。
P:1.2 改造应分线进行，每条线停产时间不超过七日，乙方应在合同签订后九十日内完成三条线的全部改造。
P:1.3 设备清单及技术参数见下表及附件一，乙方所供设备应为全新、原厂正品。
P:1.4 乙方应在改造前对三条线的现有电气图纸、程序和工艺参数进行备份并完成现场勘查，编制改造方案报甲方确认后方可实施。
P:1.7 乙方项目负责人应常驻现场，改造期间每日向甲方生产部门通报进度及次日停机安排。
P:1.5 改造期间乙方应遵守甲方的安全生产管理制度，动火、登高及带电作业须办理作业许可，乙方人员的人身安全由乙方负责。
P:1.6 改造后的控制系统应预留与甲方拟建设的能源管理系统的数据接口，乙方所供设备的原厂质保条件不低于本合同第五条的约定。
H:第二条 合同价格
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、安全继电器）|6套|1,026,000
TB:2|伺服驱动器及伺服电机|54套|348,000
TB:3|HMI触摸屏及工控机|18台|126,000
TB:4|MES数据采集软件许可（永久）|1套|184,000
TB:—|设备及软件小计| |1,684,000
TB:5|安装调试|3条线|158,000
TB:6|PLC程序及HMI画面开发|1项|216,000
TB:7|操作及维护培训|1项|18,000
TB:—|合同总价| |2,076,000
P:2.1 合同总价为人民币贰佰零柒万陆仟元整（¥2,076,000），含税、运输、保险及安装调试费用。
P:2.2 合同总价为固定价格。改造过程中发现的原有线路及辅助设施缺陷，经双方书面确认后按附件三的单价结算；未经甲方书面确认的增项，甲方不予支付。
H:第三条 付款
P:3.1 合同签订后七个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的45%；到货签收仅确认数量和外观，不构成验收。
P:3.3 三条生产线全部改造完成并经最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方在每期付款前应向甲方开具相应金额的增值税专用发票。
H:第四条 验收
P:4.1 每条线改造完成后进行单线调试。最终验收标准为：（一）各工位动作与原工艺一致，节拍不低于改造前水平；（二）安全光栅、急停及门禁联锁全部测试有效；（三）MES采集的产量、停机及报警数据与现场记录一致；（四）三条线连续生产十五日无一级故障。
P:4.2 满足上述标准后，双方签署最终验收报告。设备到货、安装完成或甲方投入生产，均不视为验收合格。
P:4.3 验收不合格的，乙方应在十日内整改并重新组织验收；两次验收仍不合格的，甲方有权要求乙方更换设备或退还相应款项。
P:4.4 最终验收时乙方应提交竣工图纸、电气原理图、程序备份、设备合格证及操作维护手册。
H:第五条 质保与维保
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换和程序修改均由乙方免费负责。
P:5.2 质保期满后，乙方按年度提供维保服务，年度维保费为设备及软件小计的8%，即每年¥134,720，质保期满后两年内保持不变。维保服务按年签订，不自动续期。
P:5.3 维保服务内容包括每季度一次预防性巡检、程序备份、备品备件建议清单及电话和远程支持；维保期内更换的零部件按乙方投标报价的单价另行结算，单价不得上调。
P:5.4 乙方应在本地保留常用备品备件，保证一级故障所需备件在8小时内到位。
H:第六条 服务响应
P:6.1 一级故障（整线停机）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复生产；二级故障（单台设备异常）应在2小时内响应，24小时内解决。
P:6.2 一级故障响应或到场每超时1小时，乙方支付¥1,000；每次恢复超时，乙方另行支付¥3,000。
P:6.3 甲方生产计划安排在夜班及节假日的，乙方应安排工程师值守，相关费用已包含在合同总价及维保费中。乙方应建立故障记录台账，每月向甲方提交服务报告。
H:第七条 违约责任
P:7.1 乙方逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:7.2 因乙方原因造成甲方设备损坏或停产损失的，乙方应予赔偿，但因甲方原因或不可抗力造成的除外。
P:7.3 乙方提供的设备与合同约定不符的，应无条件更换，并承担由此产生的全部费用。
P:7.4 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限。
H:第八条 知识产权
P:乙方为本项目编写的PLC程序、HMI画面、配置文件及其源程序的知识产权归甲方所有，乙方应在最终验收时移交可编辑的源程序，甲方可自行修改和使用。MES软件及设备内置软件的知识产权归原权利人所有，甲方享有永久使用权。
P:乙方应在源程序中保留必要的注释，并提供程序结构说明书。
H:第九条 培训
P:乙方应为甲方电气维修人员及班组长提供不少于五日的培训，内容包括PLC程序结构、伺服参数调整、HMI操作及常见故障处理，培训后甲方人员应能独立完成日常维护。
H:第十条 数据安全
P:10.1 生产数据、工艺参数、设备运行数据均属甲方所有，乙方仅可为履行本合同使用，不得复制、带离或向第三方提供。
P:10.2 乙方远程维护须经甲方逐次审批，使用甲方提供的VPN账号，并接受工控防火墙和日志审计的管理；不得在控制系统中留存后门或未经批准的远程工具。
P:10.3 发生数据泄露或网络安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担赔偿责任。
P:10.4 改造完成后，乙方应删除其调试电脑中留存的甲方程序及数据，并出具书面确认。
H:第十一条 保密
P:双方对在合同履行中获知的对方技术信息、工艺参数及商业信息负有保密义务，保密期限至合同终止后三年。未经对方书面同意，任何一方不得将对方信息用于本合同以外的目的。
H:第十二条 分包
P:乙方可将电气安装、布线及控制柜搬运等辅助工作分包给具有相应资质的单位，但应提前三个工作日书面告知甲方。乙方对分包单位的工作承担责任。
H:第十三条 合同的变更与解除
P:13.1 本合同的变更须经双方书面协商一致。
P:13.2 经双方协商一致，可以解除本合同。因不可抗力致使合同无法履行的，双方可协商解除合同。
H:第十四条 适用法律与争议
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：设备技术参数表；附件二：改造实施计划。
P:双方联系人及联系方式见附件四，一方变更联系人的，应提前书面通知对方。本合同未尽事宜，由双方另行签订补充协议。
P:甲方（盖章）：广东恒稳精密滑轨有限公司　　　乙方（盖章）：东莞智控自动化工程有限公司
"""

Z03 = """山地车培训门店预约与会员管理SaaS服务合同

合同编号：SJ-IT-2027-011
甲方：成都山径单车运动培训有限公司
乙方：杭州骑迹云科技有限公司

甲方在四川、重庆、云南等地经营40家山地车骑行培训门店。为统一课程预约、会员管理和教练排班，甲方向乙方订购“骑迹”预约与会员管理SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方40家门店提供课程预约、会员卡管理、教练排班、车辆租赁登记、在线支付对账及经营报表等功能，包括门店管理后台、会员微信小程序和教练端APP。
2. 每家门店开通后台账号不超过8个，会员及预约数量不限。
3. 平台标准功能随版本升级免费更新，新增标准功能不另行收费，另行约定的增值模块除外。
（二）实施服务
1. 乙方负责将甲方现有会员档案、储值余额、课时记录从原系统迁移至本平台，并核对一致。
2. 乙方按甲方品牌要求配置会员小程序页面、课程体系、会员等级及营销活动模板，并完成与甲方财务系统的对账接口。
3. 乙方为甲方总部及各门店店长、前台和教练提供线上及现场培训。
4. 乙方保证平台支持甲方门店使用的主流收款方式，并按甲方要求开通储值卡和次卡功能。
（三）实施期限：乙方应在合同签订后六十日内完成全部门店上线。
门店分三批上线，每批上线前进行不少于三日的试运行，实施期间乙方每周提交实施进度报告。
（四）乙方为甲方指定专属客户成功经理一名，负责服务期内的需求对接、培训组织和服务报告。

二、服务期限
（一）订阅服务期限为两个服务年度，自全部门店上线验收合格之日起计算，每个服务年度按公历年度对应日期计算。
（二）服务期满前三十日，任何一方均未书面提出不再续约的，本合同自动续期一个服务年度，续期可连续进行。续期年费由乙方根据届时的产品价格目录调整，乙方应在续期开始前以邮件通知甲方调整后的价格。

三、费用与支付
（一）订阅服务费为每家门店每个服务年度人民币9,600元，40家门店每个服务年度合计384,000元，两个服务年度合计768,000元。
（二）实施服务费为一次性费用96,000元。
（三）本合同总价为人民币864,000元（大写：捌拾陆万肆仟元整），含增值税。
（四）实施服务费在全部门店上线验收合格后十个工作日内支付。订阅服务费按季度支付，每季度结束后十个工作日内支付当季费用。
（五）乙方每次收款前应开具合法有效的增值税发票。
（六）服务期内新增门店的，按每家门店每个服务年度9,600元、按实际开通月份折算计费；关闭门店的，自下一季度起停止计费。门店数量调整以双方书面确认为准。

四、上线验收
（一）验收标准：1. 会员档案、储值余额及课时记录迁移准确，抽查无差错；2. 预约、排班、支付、对账流程在全部门店实测通过；3. 小程序在500名会员同时在线时页面打开时间不超过2秒；4. 与财务系统的日对账结果一致；5. 各门店店长培训完成。
（二）满足上述标准后，甲方签署上线验收单。门店开始使用系统不视为验收合格。
（三）验收不合格的，乙方应在七日内整改完毕并重新组织验收。
（四）上线验收时乙方应向甲方提交数据迁移报告、配置说明及操作手册。
（五）乙方逾期完成上线验收的，每逾期一日，向甲方支付违约金600元。

五、服务水平
（一）平台月可用率不低于99.95%，计划内维护应安排在凌晨二时至六时，并提前三日通知甲方。
（二）故障分级：一级故障（小程序或后台无法使用、支付中断）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，当日解决；三级故障下一工作日处理。
（三）乙方提供全天候服务热线及在线工单系统，工作时间内在线客服应在10分钟内应答。乙方应在每日上午十时前推送前一日支付对账结果，差异账目在两个工作日内查明原因。
（四）乙方每日对甲方数据进行备份，备份保留不少于三十日，数据恢复点目标不超过1小时。
（五）乙方每月向甲方提供服务报告。服务水平未达到上述标准的，乙方应分析原因，并在十个工作日内提交整改报告。

六、数据
（一）甲方的会员信息、预约及消费记录、教练信息等业务数据归甲方所有。
（二）乙方可对甲方业务数据进行去标识化处理后，用于改进乙方产品及编制骑行培训行业分析报告，上述用途在合同终止后仍可继续。
（三）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，对个人信息加密存储，实行最小权限访问和操作日志审计，平台应通过网络安全等级保护第三级测评。
（四）发生数据泄露、篡改或丢失时，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。
（五）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除平台中的甲方数据并书面确认。

七、知识产权
（一）平台软件及其升级版本的知识产权归乙方所有。
（二）乙方为甲方专门设计的小程序页面、品牌素材、报表模板及对账接口程序的知识产权归甲方所有，甲方可自由使用、修改或交由第三方继续开发。

八、保密
双方对履行本合同中获知的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后三年内持续有效。

九、分包
乙方不得将实施服务分包。平台所使用的云计算资源由乙方在合同附件中列明，更换云服务商须事先征得甲方书面同意。

十、甲方责任
（一）甲方应指定项目联系人，及时提供迁移所需的数据和资料，并对所提供数据的合法来源负责。
（二）甲方应妥善保管各门店账号密码，因甲方人员泄露账号造成的损失由甲方自行承担。
（三）甲方应按本合同约定按时支付费用。
（四）甲方负责各门店的网络环境和前台设备，并保证其符合乙方公布的最低配置要求。

十一、责任限制
乙方在本合同项下的累计赔偿总额以本合同总价的150%为限，但因乙方故意、重大过失或数据安全事件造成的损失除外。

十二、合同解除
（一）一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
（二）乙方逾期上线超过三十日的，甲方有权解除合同，乙方应退还已收取的全部费用。
（三）合同解除的，甲方按实际服务期间结算订阅服务费。
（四）合同终止或期满后，乙方应提供不少于三十日的过渡期，保障甲方平稳迁移，过渡期内不另行收费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交成都仲裁委员会按其仲裁规则仲裁。仲裁裁决是终局的，对双方均有约束力。

十四、其他
（一）本合同自双方盖章之日起生效，一式两份，双方各执一份。
（二）附件：门店清单、功能清单、云资源说明。
（三）双方往来通知以本合同载明的地址或电子邮箱送达，电子邮件发出即视为送达。
（四）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：成都山径单车运动培训有限公司
乙方（盖章）：杭州骑迹云科技有限公司
日期：2027年2月　日
"""

Z04 = """社区食堂与长者饭堂管理系统年度运维服务合同

项目名称：社区食堂与长者饭堂管理系统2027年度运维服务
项目编号：JZMZ-CS-2027-004（竞争性磋商）
采购人（甲方）：江州市民政局
供应商（乙方）：江州云膳信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就社区食堂与长者饭堂管理系统的年度运维服务达成如下协议。

第一条　服务范围
（一）运维对象为甲方已建成的“江州市社区食堂与长者饭堂管理系统”，包括助餐补贴核算、老年人身份核验、点餐刷脸终端管理、食堂经营台账、食品安全巡查及监管驾驶舱等子系统，覆盖全市186个社区食堂和长者饭堂。
（二）服务内容包括：系统日常监控与巡检，故障处理，数据备份与恢复，安全加固与漏洞修补，补贴政策调整引起的规则配置和小范围功能优化，刷脸终端远程维护，用户培训和咨询。
（三）乙方应派驻不少于三名运维工程师在甲方指定地点驻场办公，工作日8:30至17:30在岗，其余时间安排专人值守并保持电话畅通。
（四）驻场人员名单及资质证书应在进场前报甲方备案；乙方更换驻场人员须提前十日书面征得甲方同意，新人员的能力不得低于原人员。
（五）节假日及重大活动期间（如重阳节助餐活动），乙方应制定保障方案并安排现场值守。
（六）乙方每季度对全部刷脸终端进行一次远程健康检查，对连续离线超过两日的终端安排上门处理。
（七）每次补贴政策调整前，乙方应配合甲方完成补贴规则的测试验证，测试通过后方可上线。

第二条　服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，依法另行组织采购。服务期内，乙方应配合甲方接受财政、审计部门的检查。

第三条　服务费用及支付
（一）本合同总价为人民币肆拾叁万捌仟元整（¥438,000），为固定总价，包含人员、差旅、工具、备件及税费等全部费用。
（二）本合同不设预付款。服务费按季度支付，每季度服务期满且季度考核合格后十五个工作日内，甲方支付当季服务费人民币109,500元。
（三）季度考核扣减的费用，在当季服务费中直接扣除。
（四）乙方收款前应向甲方开具合法有效的发票。

第四条　服务水平
（一）系统月可用率不低于99.95%，计划内维护须提前三个工作日书面报甲方同意，且不得安排在午餐和晚餐供餐时段。
（二）故障分级与响应：
1. 一级故障（系统整体不可用、补贴核算错误或刷脸终端大面积离线）：15分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（单个子系统或单个食堂无法正常使用）：30分钟内响应，8小时内解决；
3. 三级故障（一般问题和咨询）：当日响应，两个工作日内解决。
（三）乙方每月提交运维月报，内容包括可用率、故障处理情况、巡检记录及安全事件情况。
（四）乙方应制定系统故障、数据丢失、网络攻击等应急预案，每半年组织一次应急演练，并将演练报告报甲方备案。
（五）乙方每日对系统数据进行增量备份，每周进行全量备份，备份数据保存在甲方指定的存储设备上，保留期限不少于九十日。

第五条　考核与验收
（一）甲方按季度对乙方进行考核，考核指标包括：系统可用率达到本合同约定；故障响应和恢复时限全部达标；补贴核算准确无误；每月完成一次全面巡检和一次备份恢复演练；运维文档完整。
（二）一级故障响应每超时30分钟，扣减服务费1,000元；月可用率每低于约定值0.01个百分点，扣减服务费1,500元；补贴核算因乙方原因出现差错的，每次扣减服务费3,000元，并由乙方负责更正。
（三）服务期满后，甲方依据全年考核结果和运维文档移交情况组织年度验收，并出具书面验收意见。
（四）季度考核不合格的，乙方应在十日内提交整改方案并落实整改。

第六条　服务交接
（一）乙方应在合同签订后十日内完成与原运维单位的交接，接收系统文档、账号和运维工具，交接完成后书面报甲方确认。
（二）乙方未按期完成交接或未按期进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（三）服务期满或合同解除时，乙方应向甲方或甲方指定的单位完整移交全部文档、账号、脚本和数据，并配合交接不少于十五日。
（四）交接期间发生的故障由乙方负责处理。

第七条　数据安全
（一）系统中的老年人身份信息、人脸特征、补贴发放记录、食堂经营数据等全部数据归甲方所有，乙方仅为履行运维服务使用，不得用于其他任何目的。
（二）乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护的要求，运维操作通过甲方堡垒机进行，禁止将数据拷贝至非甲方设备，对人脸信息等敏感个人信息执行最小必要原则。
（三）发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部赔偿责任和相应的法律责任。
（四）服务期满或合同解除后，乙方应删除其持有的全部甲方数据及副本，并出具书面说明。
（五）乙方驻场人员不得使用个人设备接入系统，离场时乙方应注销其全部账号。

第八条　保密
乙方及其人员对在服务中获知的甲方工作秘密、个人信息和系统资料负有保密义务，驻场人员应签署保密承诺书。保密义务不因合同终止而解除。乙方人员离职的，乙方应及时收回其权限并督促其继续履行保密义务。

第九条　知识产权
乙方在服务期内为甲方编写的脚本、报表、配置文件、优化功能及相关文档的知识产权归甲方所有，乙方应随月报一并提交。乙方使用的第三方运维工具，由乙方自行取得合法授权。

第十条　分包与转包
乙方不得转包或分包本合同项下的任何服务。

第十一条　培训
乙方应在服务期内为区、街道民政工作人员及食堂操作人员提供不少于四期培训，补贴政策调整后十日内完成相关操作培训，并更新操作手册。

第十二条　甲方义务
（一）甲方为驻场人员提供办公场所和必要的网络条件；
（二）甲方应及时向乙方通报补贴政策调整，并对规则配置结果进行确认；
（三）甲方按本合同约定支付服务费。

第十三条　违约与解除
（一）乙方连续两个季度考核不合格，或因乙方原因发生重大数据安全事件的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
（二）乙方有其他严重违约行为，经甲方书面通知后五日内仍未改正的，甲方有权解除合同。
（三）甲方逾期支付服务费的，乙方可书面催告，但不得因此中断服务。
（四）合同解除的，甲方按乙方实际提供服务及考核情况结算服务费。

第十四条　法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条　其他
（一）磋商文件、响应文件、成交通知书及本合同附件是本合同的组成部分。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
（三）本合同未尽事宜，双方可签订补充协议。
（四）双方指定的联系人及联系方式见附件，变更联系人应提前书面通知对方。

甲方（盖章）：江州市民政局　　　　　　乙方（盖章）：江州云膳信息技术有限公司
签订日期：2026年12月　日
"""

Z05 = """# 软件许可及定制开发合同

**简流软件标准合同文本（JL-HT-V3.0）**

合同编号：JL-2027-0316

甲方（买方）：厦门鹭岛流沙沙画艺术工作室

乙方（卖方）：厦门简流软件有限公司

甲方拟采购乙方“简流作品流程追踪系统”，用于沙画作品从客户下单、创作排期、拍摄录制、后期剪辑到交付归档的全过程跟踪。双方经友好协商，根据《中华人民共和国民法典》，签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供“简流作品流程追踪系统”标准版软件许可，许可用户数为10个，许可期限为永久，部署于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：演出及教学排课模块、客户订单及定金管理模块、作品档案与素材库模块、微信客户通知功能。具体需求以双方确认的需求说明书为准。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 标准版软件的运行环境要求见附件一，服务器、操作系统及数据库由甲方自行采购。定制开发需求说明书应在合同签订后十五日内由双方确认。

1.5 乙方为甲方提供一次集中培训，时长一日，培训对象不超过十人。

1.6 系统的标准功能清单见附件三，定制功能以需求说明书为准，二者以外的功能乙方不负责提供。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 简流作品流程追踪系统标准版软件许可（10用户，永久） | 186,000 |
| 2 | 定制开发（排课、订单、作品档案、客户通知） | 78,000 |
| 3 | 实施部署及培训 | 16,000 |
|  | 合计 | 280,000 |

2.1 本合同总金额为人民币贰拾捌万元整（¥280,000），含税。

2.2 甲方在合同签订后提出需求说明书以外的新增需求的，乙方有权另行报价，经双方确认后另行签订补充协议。

2.3 合同金额不包括服务器、网络设备、第三方软件及短信、微信通知等通道费用，上述费用由甲方自行承担。

2.4 乙方根据合同金额向甲方开具发票后，甲方不得以任何理由要求减少合同金额。

## 第三条 付款方式

3.1 本合同签订后三个工作日内，甲方向乙方支付合同总金额的55%，即人民币154,000元。乙方收到该款项后开始开发工作。

3.2 系统上线运行后五个工作日内，甲方向乙方支付合同总金额的45%，即人民币126,000元。

3.3 甲方未按期付款的，乙方有权暂停开发、部署或技术支持工作，交付期限相应顺延。

3.4 乙方收款后向甲方开具增值税普通发票；甲方需开具专用发票的，应在付款前书面告知乙方。

## 第四条 交付

4.1 乙方计划在收到首期款项后七十五日内完成开发和部署，具体进度以乙方项目计划为准。

4.2 因需求变更、甲方未及时提供资料或配合工作导致延期的，交付期限相应顺延。乙方逾期交付的，双方协商确定新的交付时间。

4.3 交付内容为可运行的系统、安装介质及用户操作手册。

4.4 甲方应在乙方部署前完成服务器和网络环境的准备，并指定一名联系人负责需求确认和配合工作，甲方联系人的确认意见视为甲方的确认。

4.5 需求说明书及原型设计经甲方确认后，甲方不得再提出修改；确需修改的，按新增需求处理。

4.6 乙方部署完成后向甲方提供系统管理员账号，甲方可自行新增、停用用户。

## 第五条 验收

5.1 乙方完成部署并将系统上线运行后，即视为甲方验收合格。

5.2 甲方对系统功能有意见的，应在上线后七日内以书面形式提出，乙方在合理时间内予以修改；逾期未提出的，视为甲方对系统无异议。

5.3 系统上线后发现的问题，在维护服务中处理，不影响甲方的付款义务。

## 第六条 维护服务

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方对系统缺陷进行修复，并通过电话、微信及远程方式提供技术支持，在工作时间内尽快处理甲方反映的问题。

6.2 免费维护期满后，甲方如需乙方继续提供维护服务，维护费为每年人民币52,080元，按年度预付。维护服务内容包括缺陷修复、远程技术支持和小版本升级，不包括新功能开发和现场服务。

6.3 甲方未购买维护服务的，乙方不再提供任何技术支持，系统出现的问题由甲方自行负责。

6.4 乙方提供的现场服务，按每人每日2,000元另行收费，差旅费用由甲方承担。

6.5 因甲方自行修改系统配置、操作不当、服务器故障、病毒或第三方软件造成的问题，不属于免费维护范围。乙方对系统的升级以其发布的版本为准，乙方不保证系统适用于甲方的全部业务场景。

## 第七条 知识产权

7.1 本系统（包括标准版软件及乙方根据本合同定制开发的全部模块、源代码、数据库设计和技术文档）的著作权及其他知识产权均归乙方所有。

7.2 乙方授予甲方在许可用户数范围内非独占、不可转让的使用权。甲方不得对系统进行反向工程、修改或二次开发，不得许可第三方使用。

7.3 乙方有权将定制开发形成的功能纳入其标准产品，向其他客户提供。

7.4 甲方在系统中创作、上传的作品图片及视频的著作权归甲方或原作者所有，不受本条影响。

## 第八条 数据安全

8.1 甲方在系统中录入的客户信息、订单、作品图片及视频等数据归甲方所有，乙方仅为提供部署、维护服务的目的接触上述数据，不得用于其他用途。

8.2 乙方在远程维护时应使用甲方开通的专用账号，按最小权限原则操作，不得下载、复制甲方数据，操作结束后及时退出。系统应对客户手机号码等个人信息加密存储，并保留操作日志。

8.3 因乙方原因导致甲方数据泄露或丢失的，乙方应在24小时内通知甲方、协助补救，并依法承担赔偿责任。

8.4 甲方应自行做好数据的日常备份，因甲方未备份导致的数据丢失，乙方不承担责任。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密、技术资料和客户信息负有保密义务，未经对方书面同意不得向第三方披露。本条款在合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方不对甲方的间接损失、利润损失或商誉损失承担责任。

10.2 乙方在本合同项下的累计赔偿责任，以本合同总金额的20%为限。

10.3 因不可抗力、网络运营商、第三方软件或甲方原因导致的损失，乙方不承担责任。

## 第十一条 甲方义务

甲方应保证录入系统的客户信息、作品图片等资料来源合法，并已取得必要的授权；因甲方录入资料引起的侵权纠纷，由甲方自行承担责任。甲方应妥善保管系统账号及密码。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后十五日内仍未纠正的，另一方有权解除本合同。

12.2 甲方因自身原因解除合同的，已支付的款项不予退还。

12.3 合同解除后，双方按实际完成的工作量结算费用。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，以乙方官网公布的服务说明为准。

14.3 双方通知以本合同首页载明的联系方式送达。附件：附件一 运行环境要求；附件二 需求说明书；附件三 标准版功能清单。

甲方（签章）：厦门鹭岛流沙沙画艺术工作室　　　乙方（签章）：厦门简流软件有限公司

日期：　　年　　月　　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HLS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhejiang Lanxi Textile Dyeing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Lanxi, Zhejiang Province (the "Buyer"), and Heritage Loom Software Corporation, a corporation organised under the laws of the Republic of the Philippines with its principal office at Quezon Avenue, Vigan City, Ilocos Sur, Philippines (the "Vendor").
P:The Buyer operates a dyehouse with forty-two dyeing machines and wishes to replace its paper-based recipe records and spreadsheets with a single system for dye recipes, batch scheduling and colour quality records. The Vendor licenses the DyeTrack recipe and batch management software and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DyeTrack software in the version current at the date of this Agreement, including the recipe, scheduling, laboratory and reporting modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data migration scripts, configurations and documents that the Vendor develops or prepares specifically for the Buyer under this Agreement, in source and object form.
P:1.3 "Buyer Data" means all recipes, formulations, batch records, quality measurements, customer orders and other data that the Buyer or its staff enter into or generate with the Software.
P:1.4 "Go-Live" means the first day on which the Software is used for production scheduling of all dyeing machines. "Final Acceptance" has the meaning given in Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers for the Buyer's business at its plants in Lanxi, for an unlimited number of named users.
P:2.2 The Vendor shall install and configure the Software, migrate the Buyer's existing recipe library (about 18,000 recipes) and three years of batch history, and build interfaces to the Buyer's ERP system, the laboratory spectrophotometers and the automatic chemical dispensing system.
P:2.3 The Vendor shall train the Buyer's key users, laboratory technicians and system administrators, and shall provide user and administrator manuals in Chinese and English.
P:2.4 The Vendor shall complete all work and request Final Acceptance within one hundred and fifty days after the date of this Agreement, following the project plan in Annex 2.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,858,000 (the "Contract Price"), made up of: Licence Fee CNY 1,120,000; implementation and data migration CNY 486,000; interface development CNY 214,000; and training CNY 38,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel, accommodation and third-party components needed for the Software to run as specified. No other charge is payable for the work described in Article 2.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within fifteen days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price within fifteen days after the parties sign the Go-Live Certificate. The Go-Live Certificate confirms that production use has started and does not mean acceptance of the Software.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within fifteen days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software runs in production for a trial period of forty-five days. The Vendor may request Final Acceptance when the trial period has ended and the criteria in Article 5.2 are met.
P:5.2 The acceptance criteria are: (a) every function listed in Annex 1 works as described; (b) the migrated recipes and batch records agree with the source data in a full reconciliation; (c) the interfaces exchange data with the ERP system, the spectrophotometers and the dispensing system without loss or manual re-entry for ten consecutive working days; (d) the batch schedule screen opens within three seconds with eighty users logged in; and (e) no Severity 1 defect has occurred in the last twenty days of the trial period.
P:5.3 The Buyer shall issue a Final Acceptance certificate within ten working days after the criteria are met, or give written reasons why they are not met. Installation, Go-Live, payment or production use of the Software do not by themselves mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 for twenty-four months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Defects are classified as follows. Severity 1: production scheduling or recipe dispensing is stopped. Severity 2: an important function fails but work can continue. Severity 3: any other defect or question. The Vendor shall respond to a Severity 1 defect within one hour, provide a workaround within eight hours and a fix within three days; it shall respond to a Severity 2 defect within two hours and fix it within five working days; it shall answer a Severity 3 request on the next working day.
P:6.3 For each hour by which the Vendor misses the Severity 1 response or workaround time, the Vendor shall pay the Buyer CNY 1,000 as a service credit, which the Buyer may set off against any amount payable.
P:6.4 After the Warranty Period the Buyer may order annual support at 9.5% of the Licence Fee per year, that is CNY 106,400 per year. This rate is fixed for the first three years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Delay
P:7.1 If the Vendor does not achieve Final Acceptance by the date in Article 2.4 for reasons not attributable to the Buyer, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:7.2 If the delay exceeds sixty days, the Buyer may also terminate this Agreement under Article 13.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all intellectual property rights in the Software. The licence in Article 2.1 continues after any termination of the support services.
P:8.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver the source code and documentation of the Custom Deliverables at Final Acceptance, and the Buyer may use, modify and license them freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Data Protection and Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not copy, disclose or use it for any other purpose, including the development of its products.
P:9.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with named accounts and multi-factor authentication, and each remote session requires the Buyer's approval. The Vendor shall not take Buyer Data out of the Buyer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall cooperate in limiting the damage, and shall be liable for all loss caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including recipes, formulations, prices and technical documents, and shall use it only for this Agreement.
P:10.2 This obligation continues for five years after the end of this Agreement and does not apply to information that is public or independently developed.
H:Article 11 Liability
P:11.1 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price.
P:11.2 This limit does not apply to liability for personal injury, wilful misconduct, infringement under Article 8.3, or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of the breach.
P:13.2 On termination by the Buyer for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted, and the Buyer may keep and use all Custom Deliverables delivered.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. If the dispute is not settled within thirty days, it shall be submitted to the courts of Vigan City, Ilocos Sur, which shall have exclusive jurisdiction.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject. Any change must be in writing and signed by both parties.
P:15.2 Notices shall be in writing and sent to the addresses stated above, or by e-mail to the project managers named in Annex 2.
P:15.3 Annex 1: Functional Specification. Annex 2: Project Plan and Project Managers. Annex 3: Licence Certificate.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# HelpDeskly Subscription Order Form

**Order Form No. CCW-2027-0215, issued under the HelpDeskly General Terms set out in Part B**

Provider: Cagayan Cloudworks Inc., a corporation organised under the laws of the Republic of the Philippines, with its office at Bonifacio Street, Tuguegarao City, Cagayan, Philippines ("Provider").

Customer: Hangzhou Qiantang Home Goods E-commerce Co., Ltd., a company incorporated in the People's Republic of China, with its office in Qiantang District, Hangzhou, Zhejiang Province ("Customer").

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Services Ordered

Provider will provide the HelpDeskly customer-service ticketing platform as a hosted service (the "Subscription Service"), including the agent workspace, the omnichannel inbox for Tmall, JD.com, WeChat and e-mail messages, the knowledge base, the quality-review module and standard reporting. Provider will also perform the one-time onboarding described in A4 (the "Onboarding Services").

### A2. Subscription Term

The Subscription Term is two Subscription Years. It starts on the Service Start Date, which is the date on which Customer signs the Onboarding Acceptance certificate under A4. The first Subscription Year runs from the Service Start Date to the day before its first anniversary, and the second Subscription Year runs from that anniversary to the day before the second anniversary. The Agreement ends at the end of the second Subscription Year. Any renewal requires a new Order Form signed by both parties; the Agreement does not renew automatically.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Agent seat subscription, Subscription Year 1 | 220 seats | 1,080 per seat per year | 237,600 |
| Agent seat subscription, Subscription Year 2 | 220 seats | 1,080 per seat per year | 237,600 |
| Onboarding Services (one-time) | 1 | 36,800 | 36,800 |
| Total fees for the Subscription Term | | | 512,000 |

The fees are fixed for the Subscription Term and include value-added tax. Customer may add seats during a Subscription Year at the same unit price, pro rata for the rest of that Subscription Year.

### A4. Onboarding and Acceptance

Provider will set up the Customer tenant in its mainland China hosting region, connect the Tmall, JD.com and WeChat channels, import about 60,000 historical tickets and the existing knowledge base, configure routing rules, macros, service-level timers and report dashboards, and train thirty team leaders and administrators. Provider shall complete onboarding within forty-five days after the date of this Order Form.

Onboarding Acceptance criteria: (a) all four channels create tickets in the test tenant and in production; (b) the imported tickets and articles agree with the export files in number and content; (c) routing rules assign test tickets to the right team in every one of the forty test cases agreed in the onboarding plan; (d) the agent workspace loads a ticket within two seconds with two hundred agents logged in; and (e) administrators have completed training. When the criteria are met, Customer signs the Onboarding Acceptance certificate within five working days or states in writing which criteria are not met.

If Onboarding Acceptance is delayed beyond the date in this A4 for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, which Customer may deduct from any invoice.

### A5. Invoicing and Payment

Provider will invoice the Onboarding Services fee after Onboarding Acceptance. Provider will invoice the subscription fee for each Subscription Year on the first day of that Subscription Year. Customer shall pay each correct invoice within thirty days of receipt by bank transfer in CNY.

### A6. Contacts and Special Terms

Customer contact: Ms. Shen Yiran, head of customer service operations. Provider contact: Mr. Rafael Dumlao, customer success manager. Customer Data will be stored only in Provider's mainland China hosting region operated by a domestic cloud provider listed in Section 5.4 of Part B.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, messages, attachments, customer contact details and other information submitted to the Subscription Service by or for Customer, and all tickets and records generated from them.

1.2 "Configurations" means the routing rules, macros, workflows, templates, report dashboards and other settings that Provider creates for Customer during onboarding or at Customer's request.

1.3 "Documentation" means Provider's user guides for the Subscription Service as updated from time to time.

### 2. Subscription Service

2.1 Provider grants Customer and its authorised users a non-exclusive, non-transferable right to use the Subscription Service during the Subscription Term for Customer's internal business.

2.2 Provider may improve the Subscription Service, but shall not materially reduce its functions or security during the Subscription Term.

### 3. Service Levels

3.1 Provider shall make the Subscription Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Incident priorities and response times: Priority 1 (the Subscription Service is unavailable, or agents cannot open or answer tickets): response within thirty minutes, around the clock, and restoration within six hours; Priority 2 (a major function is impaired): response within two hours; Priority 3 (other issues): response within one business day.

3.3 If monthly availability falls below the level in Section 3.1, Customer is entitled to a service credit of 5% of the monthly equivalent of the subscription fee for each 0.5 percentage point, or part of it, below that level, up to half of the monthly equivalent fee. If a Priority 1 response is late, Customer is entitled to a credit of CNY 500 for each late hour. Credits are deducted from the next invoice, or paid after the last Subscription Year.

3.4 Provider shall publish monthly availability reports in the admin console.

### 4. Customer Data

4.1 Customer owns all Customer Data. Provider processes Customer Data only to provide the Subscription Service and the Onboarding Services and on Customer's documented instructions, and shall not use it for any other purpose.

4.2 At the end of the Subscription Term, Provider shall make Customer Data available for export in CSV and JSON formats for thirty days and then delete it from its systems, and confirm the deletion in writing.

### 5. Security

5.1 Provider shall maintain an information security programme certified under ISO/IEC 27001 and shall keep the Subscription Service at MLPS level 3.

5.2 Provider shall encrypt Customer Data in transit and at rest, restrict access to personnel who need it, use multi-factor authentication for administrative access, and keep access logs for at least one hundred and eighty days.

5.3 Provider shall notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, take all reasonable measures to contain it, and be liable for the losses caused by its failure to meet this Section 5.

5.4 Provider may use the domestic hosting provider named in the Order Form and other sub-processors only with Customer's prior written consent. Provider remains responsible for any sub-processor.

### 6. Intellectual Property

6.1 Provider keeps all rights in the Subscription Service and the Documentation.

6.2 The Configurations belong to Customer. Customer may use, copy, modify and have third parties use them without restriction, and Provider shall export them on request.

### 7. Confidentiality

Each party shall keep confidential the other party's non-public information received under the Agreement, use it only for the Agreement, and disclose it only to employees and advisers who need to know it and are bound by similar duties. This duty lasts for three years after the Agreement ends.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Provider's total liability arising out of or in connection with the Agreement shall not exceed the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

8.3 Section 8.2 does not apply to Provider's breach of Sections 4, 5 or 7.

### 9. Subcontracting

Provider shall not subcontract any part of the Onboarding Services or the Subscription Service without Customer's prior written consent.

### 10. Term and Termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after written notice.

10.2 Customer may also terminate the Agreement if monthly availability falls below the level in Section 3.1 in three consecutive months.

10.3 On termination for Provider's breach, Provider shall refund the prepaid fees for the rest of the Subscription Term.

### 11. Governing Law and Disputes

The Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou under its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign the Agreement without the other party's written consent.

12.2 Amendments must be in writing and signed by both parties.

Signed for Provider: ____________________    Signed for Customer: ____________________
"""

E03 = """T:Purchase Contract for Vibration Monitoring Equipment and Software
P:Contract No. GXHC-EQ-2027-033
P:Buyer: Guangxi Hechi Paper Co., Ltd., a company incorporated in the People's Republic of China, with its mill at Jinchengjiang District, Hechi, Guangxi (the "Buyer").
P:Supplier: PT Sulteng Sensor Teknologi, a limited liability company established in the Republic of Indonesia, with its office at Jalan Sam Ratulangi, Palu, Central Sulawesi, Indonesia (the "Supplier").
P:The Buyer wishes to monitor the condition of the rotating equipment of its two paper machines, pulping line and boiler house, and has selected the Supplier after a competitive tender. This Contract is issued on the Buyer's standard terms for equipment purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, edge servers and accessories listed in clause 2. "Software" means the MachineSense condition-monitoring software licensed under clause 8. "System" means the Equipment and the Software installed and configured at the mill.
P:1.2 The Supplier shall supply the Equipment and the Software, install the sensors on three hundred and twenty measuring points agreed in the site survey, commission the System, configure the analytics and alarm rules, and train the Buyer's staff.
P:1.4 Training covers at least three days for the Buyer's maintenance engineers and one day for operators and IT staff. It is given at the mill in Chinese, with an interpreter provided by the Supplier where needed.
P:1.3 The Supplier shall deliver the Equipment to the mill within seventy-five days after signature and complete installation and commissioning within one hundred and twenty days after signature.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,636,000, itemised in the table below. It is a fixed price and includes taxes, import duties, packing, transport to the mill, insurance, installation materials and all other costs of the Supplier.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|320|1,850|592,000
TB:2|Industrial wireless gateway|24|9,600|230,400
TB:3|Edge analytics server|2|68,500|137,000
TB:4|MachineSense monitoring software, perpetual licence|1|418,000|418,000
TB:|Hardware and Licence Subtotal|||1,377,400
TB:5|Installation and commissioning|1|146,000|146,000
TB:6|Analytics and alarm configuration|1|88,600|88,600
TB:7|Training|1|24,000|24,000
TB:|Contract Price|||1,636,000
H:3. Payment
P:3.1 The Buyer shall pay an advance of 10% of the Contract Price within twenty days after signature, against the Supplier's invoice and a bank guarantee for the same amount valid until delivery.
P:3.2 The Buyer shall pay 55% of the Contract Price within twenty days after all Equipment has been delivered and the Buyer has signed the delivery note. The delivery note confirms quantities and visible condition only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within twenty days after Final Acceptance under clause 5.
P:3.4 Each payment is made in CNY by bank transfer against a valid invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver new and unused Equipment of the models stated in its tender, with certificates of origin and test reports for every batch.
P:4.2 The Supplier's staff shall follow the Buyer's safety rules at the mill, including permits for work at height and lock-out of machines, and shall install sensors only during stoppages agreed with the Buyer's production department.
P:4.4 At Final Acceptance the Supplier shall hand over the as-built list of measuring points with sensor serial numbers, the network diagram, the configuration backup of every gateway and server, and the user and administrator manuals in Chinese.
P:4.3 If the Supplier fails to complete installation and commissioning by the date in clause 1.3 for reasons not caused by the Buyer, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 After commissioning the System shall run for a trial period of thirty days.
P:5.2 The acceptance criteria are: (a) all sensors report data to the Software at the configured interval and none is offline for more than two hours in the trial period; (b) vibration readings of ten reference points agree with the Buyer's calibrated portable analyser within the tolerance stated in the technical specification; (c) alarms are raised within sixty seconds of a threshold being crossed in the simulated fault tests; (d) the Software interface to the Buyer's maintenance management system creates work orders for alarms; and (e) no Severity 1 fault occurs in the last fifteen days of the trial period.
P:5.3 When the criteria are met, the Buyer signs a Final Acceptance certificate within seven working days or states in writing which criteria are not met, and the Supplier shall correct the shortfall and repeat the tests. Delivery, installation, the start of the trial period or the Buyer's use of the System are not acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for thirty-six months from Final Acceptance. During the warranty period the Supplier shall repair or replace faulty Equipment, correct Software defects, supply Software updates and give remote and on-site support free of charge. Replaced sensors shall be delivered to the mill within five days. The Supplier shall keep at least ten spare sensors and one spare gateway at its service point in Nanning during the warranty period.
P:6.2 After the warranty period the Buyer may order annual support at 7% of the Hardware and Licence Subtotal per year, that is CNY 96,418 per year. This fee is fixed for two years after the warranty period. Support is ordered year by year and does not renew automatically.
H:7. Service Levels
P:7.1 Severity 1 means that the Software or a gateway is down or no alarms can be raised for a paper machine. Severity 2 means that individual sensors or functions fail. Severity 3 means any other issue.
P:7.2 The Supplier shall respond to a Severity 1 fault within two hours, remotely or on site, and restore the System within one day; it shall respond to a Severity 2 fault within one working day and fix it within three working days; Severity 3 issues are handled in the next monthly service visit.
P:7.3 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any payment due.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software, and the firmware embedded in the Equipment, at the mill.
P:8.2 The alarm rules, machine models, dashboards, interface programs and reports configured or developed for the Buyer under this Contract belong to the Buyer. The Supplier shall deliver them in editable form with their documentation, and the Buyer may use, change and let third parties use them without restriction.
H:9. Data Security
P:9.1 All measurement data, alarm records and machine information collected by the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not copy, disclose or use them for any other purpose.
P:9.2 The System is installed on the Buyer's own network. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's VPN with individual accounts. The Supplier shall not keep copies of Buyer data outside the mill.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer data within six hours, help the Buyer to contain it, and be liable for the losses caused by its own breach of this clause.
H:10. Confidentiality
P:Each party shall keep confidential the technical and commercial information of the other party received in connection with this Contract, including the layout and production data of the mill, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the Contract ends.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, damage caused by wilful misconduct, or breach of clauses 9 and 10.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after notice, or if the liquidated damages under clause 4.3 reach their maximum.
P:13.2 On such termination the Supplier shall refund all payments for Equipment and Software not accepted and take back the Equipment at its own cost.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The award is final and binding.
H:15. General
P:15.1 This Contract is written in English and Chinese, and both texts have equal force. Annex 1 (technical specification) and Annex 2 (list of measuring points) form part of it.
P:15.2 Any change to this Contract must be agreed in writing by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. SZJL-MS-2027-009

This Managed IT Services Agreement (the "Agreement") is made between:

**Suzhou Jinji Lake Electronics Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Suzhou Industrial Park, Jiangsu Province ("Customer"); and

**PT Bromo Layanan Teknologi**, a limited liability company established in the Republic of Indonesia, with its office at Jalan Suroyo, Probolinggo, East Java, Indonesia ("Provider").

Customer manufactures printed circuit board assemblies at two plants in Suzhou with about 1,900 employees. Customer wishes to outsource its IT service desk, end-user support and infrastructure monitoring to Provider for thirty-six months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1, including the Transition Services.

1.2 "Service Levels" means the levels set out in Schedule 3.

1.3 "Customer Data" means all data of Customer, its employees and its customers that Provider receives, accesses or handles in performing the Services, including user account details, tickets, system logs and configuration records.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 3.

1.5 "Deliverables" means the knowledge articles, scripts, runbooks, monitoring templates, reports and configuration records that Provider prepares for Customer under this Agreement.

## 2. Term

2.1 This Agreement starts on the date of signature. The Services run for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by a written amendment signed by both parties. There is no automatic extension or renewal.

## 3. Transition

3.1 Provider shall take over the Services from Customer's internal IT team according to the transition plan in Schedule 1, Part B, and shall complete the transition within sixty days after signature.

3.2 Transition Acceptance criteria: (a) all service desk channels (telephone, e-mail, WeChat Work and the self-service portal) are answered by Provider's staff; (b) all servers, network devices and critical applications listed in Schedule 1 are monitored and alerts reach Provider's operations centre; (c) at least two hundred knowledge articles are written and approved by Customer; (d) a parallel run of ten working days has been completed with no Priority 1 incident handled late; and (e) the runbooks for the critical applications have been tested in two simulated incidents.

3.3 When the criteria are met, Customer signs the Transition Acceptance certificate within five working days or gives written reasons why a criterion is not met. Provider's start of work does not by itself mean acceptance.

3.4 If Transition Acceptance is delayed beyond the date in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, up to a total of CNY 90,000.

## 4. Services and Service Levels

4.1 Provider shall perform the Services with skilled staff, in accordance with good industry practice and the ITIL processes described in Schedule 1.

4.2 Provider shall meet the Service Levels in Schedule 3. If it fails to meet a Service Level, Customer is entitled to the service credits in Schedule 3, which are deducted from the next monthly invoice.

4.3 Provider shall report monthly on all Service Levels, incidents, problems and changes, and shall attend a monthly service review and a quarterly management review with Customer.

4.4 The service desk shall be staffed on site in Suzhou from 08:00 to 20:00 on working days, with remote cover by Provider's operations centre at all other times.

4.5 Provider shall keep the service desk tool configured as agreed in Schedule 1 and shall give Customer read access to all tickets and reports.

4.6 Customer shall give Provider's staff access to its sites, systems and tools as needed for the Services, provide desks and network connections for the on-site team, name a contract manager, and tell Provider in good time about planned changes to its systems, plants or working hours that affect the Services.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. They are fixed for the Service Term and include all taxes, travel and tools.

5.2 Provider shall invoice the Transition Charge after Transition Acceptance. Provider shall invoice the Monthly Service Charge monthly in arrears, starting from the month after the Service Commencement Date.

5.3 Customer shall pay each correct invoice within thirty days of receipt, in CNY by bank transfer.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Service Term, Provider shall return all Customer Data and Deliverables to Customer in a usable format.

## 7. Intellectual Property

7.1 All Deliverables belong to Customer from their creation. Customer may use, modify and license them without restriction, including to a replacement provider.

7.2 Provider keeps its pre-existing tools and methods, and grants Customer a perpetual, royalty-free licence to use any of them that are included in a Deliverable.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including Customer's product designs, customer lists, prices and network information, and shall not disclose it to any third party without the other party's prior written consent.

8.2 This obligation continues for five years after this Agreement ends.

## 9. Personnel and Subcontracting

9.1 Provider shall assign a named service delivery manager and keep the key staff listed in Schedule 1 for at least the first year of the Service Term, unless Customer agrees otherwise.

9.2 Provider may subcontract parts of the Services, including on-site support at the second plant and after-hours monitoring, to other companies by notifying Customer in writing at least ten days before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total liability under this Agreement is limited to 150% of the total charges under Schedule 2, except for personal injury and wilful misconduct.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after notice, or if Provider misses the Priority 1 resolution Service Level in three consecutive months.

11.2 Provider may terminate this Agreement if Customer fails to pay undisputed charges within sixty days after a written reminder.

11.3 On expiry or termination, Provider shall provide exit assistance for up to sixty days, including handover of all Deliverables and open tickets to Customer or a new provider, at the rates in Schedule 2.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute that the parties cannot settle by negotiation within thirty days shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou. The award is final and binding.

## 13. General

13.1 Changes to the Services are made through the change procedure in Schedule 1 and must be agreed in writing.

13.2 The Schedules form part of this Agreement.

## Schedule 1 - Services

| Part | Service | Description |
|---|---|---|
| A1 | Service desk | Single point of contact for about 1,900 users in Chinese and English; logging, classification and first-line resolution of incidents and requests |
| A2 | End-user support | Desk-side support for about 1,650 laptops and desktops, printers and meeting rooms at both plants; installs, moves, adds and changes |
| A3 | Infrastructure monitoring | Monitoring of 86 servers, 210 network devices and the MES, ERP and e-mail applications; alert handling and escalation |
| A4 | Problem and change management | Root-cause analysis for repeated incidents; change records and the weekly change meeting |
| B | Transition Services | Knowledge capture, tool set-up, parallel run and Transition Acceptance as set out in Section 3 |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, after Transition Acceptance | 64,000 |
| Monthly Service Charge | 58,000 per month for 36 months | 2,088,000 |
| Total charges for the Service Term | | 2,152,000 |
| Additional work and exit assistance | Per engineer day | 2,400 |

## Schedule 3 - Service Levels and Credits

| Priority | Definition | Response time | Resolution time | Service credit |
|---|---|---|---|---|
| P1 | A plant production line, the MES or ERP, or the whole site network is down | 30 minutes | 3 hours | 2% of the Monthly Service Charge per late incident |
| P2 | A department or a critical user cannot work | 1 hour | 8 hours | 1% of the Monthly Service Charge per late incident |
| P3 | A single user is affected | 2 hours | 2 working days | 0.5% of the Monthly Service Charge if more than five P3 tickets in a month miss either time |
| Service desk | Calls answered | Within 30 seconds on average in a month | - | 1% of the Monthly Service Charge per month missed |

Total service credits in any month are limited to 10% of the Monthly Service Charge of that month.

Signed for Customer: ____________________    Signed for Provider: ____________________
"""

E05 = """VESSEL DATA API SUBSCRIPTION AGREEMENT

Agreement No. IMD-QD-2027-021

BETWEEN

Ilocandia Maritime Data Corporation, a corporation organised under the laws of the Republic of the Philippines, with its principal office at General Luna Street, Laoag City, Ilocos Norte, Philippines ("Provider"); and

Qingdao Haiyun International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

Customer arranges ocean freight for exporters in Shandong and needs reliable vessel positions, port calls and estimated arrival times for the ships that carry its customers' containers. Provider collects and processes vessel tracking data from terrestrial and satellite receivers and makes it available through application programming interfaces. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's vessel position, port call, voyage and arrival-estimate interfaces described in Annex A.

1.2 "Provider Data" means the vessel, voyage and port data that Provider delivers through the API.

1.3 "Customer Data" means all data that Customer submits to Provider or that Provider generates from Customer's use of the API, including Customer's vessel and container watchlists, booking references, query logs, user accounts and API keys.

1.4 "Subscription Year" means the first or the second year of the Subscription Term, each starting on the Service Start Date or its anniversary.

1.5 "Service Start Date" means the date on which Customer signs the Integration Acceptance certificate under clause 4.

1.6 "Integration Work" means the connectors, data mappings and alert rules that Provider builds to load the API data into Customer's freight management system and customer tracking portal.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, store the Provider Data in Customer's systems, and show it to Customer's staff and to Customer's own clients in the tracking portal.

2.2 The subscription covers up to two million API calls per month and up to 8,000 vessels on watchlists at any time. Customer may not resell the Provider Data as a separate data product.

2.3 Provider shall keep the Provider Data up to date as described in Annex A, with vessel positions refreshed at least every ten minutes for vessels in coastal areas.

2.4 Provider shall give Customer access to a test environment with sample data throughout the Subscription Term, and to the Annex A documentation and code samples in English and Chinese.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term starts on the Service Start Date and lasts for two Subscription Years.

3.2 At the end of the Subscription Term, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

3.3 Provider may increase the subscription fee for any renewal year by notifying Customer at least forty-five days before that renewal year starts. The increased fee applies from the first day of the renewal year.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall complete the Integration Work within fifty days after signature of this Agreement, in cooperation with Customer's IT department.

4.2 Integration Acceptance criteria: (a) vessel positions and port calls for the test watchlist of three hundred vessels are loaded into Customer's freight management system every ten minutes; (b) the arrival estimates shown in the tracking portal match the API responses for a sample of fifty voyages; (c) alerts for arrival, departure and delay are sent to the right users in all test cases in Annex B; and (d) the connectors run for seven consecutive days without manual restart.

4.3 When the criteria are met, Customer signs the Integration Acceptance certificate within five working days or states in writing which criteria are not met. Provider's delivery of API keys does not by itself mean acceptance.

4.4 If Integration Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to a total of CNY 25,000.

4.5 Provider shall train up to ten of Customer's staff in the use of the API and the tracking portal during the integration period.

5. FEES AND PAYMENT

5.1 The fees are:
(a) subscription fee for Subscription Year 1: CNY 356,000;
(b) subscription fee for Subscription Year 2: CNY 356,000;
(c) Integration Work, one-time: CNY 24,000.
The total fees for the Subscription Term are CNY 736,000, including value-added tax.

5.2 Provider shall invoice the subscription fee for each Subscription Year on the first day of that Subscription Year, and the Integration Work fee after Integration Acceptance.

5.3 Customer shall pay each correct invoice within thirty days of receipt, by bank transfer in CNY.

5.4 API calls above the monthly allowance in clause 2.2 are charged at CNY 0.02 per call, invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified five days in advance.

6.2 Incident priorities: Priority 1 means the API is unavailable or returns no current positions; Priority 2 means a data type or region is delayed or incomplete; Priority 3 means any other issue. Provider shall respond to Priority 1 incidents within one hour at any time of day and restore the API within six hours, respond to Priority 2 incidents within three hours, and respond to Priority 3 incidents within one business day.

6.3 Service credits: for each 0.1 percentage point, or part of it, by which monthly availability falls below the level in clause 6.1, Customer receives a credit of 3% of the monthly equivalent of the subscription fee; for each hour of late Priority 1 response or restoration, Customer receives a credit of CNY 600. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

6.4 Provider shall publish a monthly service report showing availability, incidents and data latency.

6.5 Provider shall give Customer at least thirty days' notice of any change to the API that requires changes to the connectors, and shall keep the previous API version running for at least ninety days after a new version is released.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and the Integration Work to Customer, and shall not sell it, share it with others or use it for any other purpose, including its own analytics products.

7.2 Provider shall host Customer Data in a data centre in mainland China, encrypt it in transit and at rest, limit access to named staff who need it, protect API keys and user accounts with multi-factor authentication for administrative access, and keep access logs for at least six months. Provider shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.3 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, take prompt steps to contain it, and be liable for the losses caused by its breach of this clause 7.

7.4 When this Agreement ends, Provider shall return Customer Data in a common format on request and then delete it within thirty days, and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider keeps all rights in the API and the Provider Data, subject to the rights granted in clause 2.

8.2 The connectors, data mappings, alert rules and documentation created in the Integration Work belong to Customer. Provider shall deliver their source code at Integration Acceptance, and Customer may use, modify and license them freely.

9. SUBCONTRACTING

Provider may not subcontract the Integration Work or the operation of the API without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, or for loss of profit or business.

10.2 Provider's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term stated in clause 5.1, except for liability under clause 7 and for wilful misconduct.

10.3 Provider does not guarantee that the arrival estimates will be accurate, but shall apply the methods described in Annex A.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice.

11.2 Customer may also terminate this Agreement if monthly availability falls below the level in clause 6.1 in three consecutive months.

11.3 On termination for Provider's breach, Provider shall refund the unused part of the subscription fee already paid.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute that cannot be settled by negotiation within thirty days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's written consent.

13.2 Amendments must be in writing and signed by both parties.

13.3 Annex A (API and data description) and Annex B (integration test cases) form part of this Agreement.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels and checks

FILES = {
    "h865z01": ("h865z01_forestry_wild_boar_monitoring_platform.pdf", Z01),
    "h865z02": ("h865z02_drawer_slide_plant_control_retrofit.docx", Z02),
    "h865z03": ("h865z03_mtb_training_chain_booking_saas.txt", Z03),
    "h865z04": ("h865z04_civil_affairs_canteen_system_om_service.txt", Z04),
    "h865z05": ("h865z05_sand_art_studio_tracking_supplier_template.md", Z05),
    "h865e01": ("h865e01_dyehouse_recipe_licence_ph_vendor.pdf", E01),
    "h865e02": ("h865e02_helpdesk_saas_order_form_ph_vendor.md", E02),
    "h865e03": ("h865e03_paper_mill_vibration_sensors_licence.docx", E03),
    "h865e04": ("h865e04_managed_it_services_36_months_id_vendor.md", E04),
    "h865e05": ("h865e05_vessel_data_api_subscription_ph_vendor.txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# key: (language, category, terms in TERM_KEYS order, extra, design) ; design = price parts, TCO data, rules
G, S_ = "goods_or_licence", "service"
D = {
    "h865z01": ("zh", "software",
                [99.5, 1, True, "buyer", True, True, True, 0.03, None, 25, True, True, 24, 9,
                 False, True, False, None, G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1236000),
                dict(parts=[690000, 438000, 84000, 24000], fee_base=690000, annual_fee=62100,
                     pay=[25, 50, 25], rules=["CR-LD-LOW", "CR-SLA-AVAILABILITY"])),
    "h865z02": ("zh", "hardware",
                [None, 0.5, True, "buyer", True, True, True, 0.1, 50, 20, True, True, 36, 8,
                 False, False, True, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=2076000),
                dict(parts=[1026000, 348000, 126000, 184000, 158000, 216000, 18000], fee_base=1684000,
                     annual_fee=134720, pay=[20, 45, 35],
                     rules=["CR-LIABILITY-CAP", "CR-SUBCONTRACT", "CR-TERMINATION"])),
    "h865z03": ("zh", "cloud",
                [99.95, 0.5, False, "buyer", True, False, True, 600 / 864000 * 100, 150, None, True, None, None,
                 None, True, True, False, "PRC", S_],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=864000),
                dict(parts=[40 * 9600, 40 * 9600, 96000], rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP",
                                                                 "CR-SLA-NO-REMEDY"])),
    "h865z04": ("zh", "services",
                [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                 False, True, False, "PRC", S_],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=438000),
                dict(parts=[109500] * 4, rules=[])),
    "h865z05": ("zh", "software",
                [None, None, False, "supplier", True, True, True, None, 20, 55, False, False, 6,
                 28, False, True, None, "PRC", G],
                dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=True, contract_value=280000),
                dict(parts=[186000, 78000, 16000], fee_base=186000, annual_fee=52080, pay=[55, 45],
                     rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                            "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])),
    "h865e01": ("en", "software",
                [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 106400 / 1120000 * 100,
                 False, True, False, "Philippines", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1858000),
                dict(parts=[1120000, 486000, 214000, 38000], fee_base=1120000, annual_fee=106400, pay=[20, 45, 35],
                     rules=["CR-GOVERNING-LAW"])),
    "h865e02": ("en", "cloud",
                [99.5, 0.5, True, "buyer", True, True, True, 400 / 512000 * 100, 6 / 24 * 100, None, True, None,
                 None, None, False, True, False, "PRC", S_],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=512000),
                dict(parts=[220 * 1080, 220 * 1080, 36800], rules=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"])),
    "h865e03": ("en", "hardware",
                [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7,
                 False, True, False, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1636000),
                dict(parts=[320 * 1850, 24 * 9600, 2 * 68500, 418000, 146000, 88600, 24000], fee_base=1377400,
                     annual_fee=96418, pay=[10, 55, 35], rules=[])),
    "h865e04": ("en", "services",
                [None, 0.5, True, "buyer", False, True, True, 1500 / 2152000 * 100, 150, None, True, None, None,
                 None, False, True, True, "PRC", S_],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2152000),
                dict(parts=[64000, 58000 * 36], rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"])),
    "h865e05": ("en", "cloud",
                [99.95, 1, True, "buyer", True, True, False, 500 / 736000 * 100, 150, None, True, None, None,
                 None, True, True, False, "PRC", S_],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=736000),
                dict(parts=[356000, 356000, 24000], rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"])),
}
# forum outside mainland China chosen by the draft (besides a foreign law)
FORUM_OUTSIDE = {"h865e01": True}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy thresholds (contract_risk defaults)
TH = dict(availability=99.9, p1_hours=4, ld=0.05, cap=100, prepay=30, warranty=12, pwf=15, tco=40)


def tco_share(t, x, d):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata); fee base =
    itemised licence/hardware subtotal. None when not computable."""
    if t["contract_kind"] != G or d.get("annual_fee") is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = d["annual_fee"] * years
    return post / (x["contract_value"] + post) * 100


def derive(key, t, x, d):
    """My reading of policy §3 (and its 'Where rules apply, and how clauses are read')."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_hours"]:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated" (also when there is no SLA at all)
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
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["pwf"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, d)
        if share is not None and share > TH["tco"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or FORUM_OUTSIDE.get(key):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


THRESHOLD_RE = re.compile(
    r"(?<![\d.])99\.90*(?!\d)"
    r"|(?<![\d.])4(?:\.0+)?\s*(?:hours?|hrs?\b|h\b|个?小时)"
    r"|(?<![十\d])四\s*个?\s*小时"
    r"|(?<![a-z\-])four\s*(?:\(4\)\s*)?hours?"
    r"|(?<![\d.])0\.050*(?!\d)|万分之五(?!十)|千分之零点五"
    r"|(?<![\d.])100(?:\.0+)?\s*%|百分之百|百分之一百(?![零一二三四五六七八九十])"
    r"|(?<![\d.])30(?:\.0+)?\s*%|百分之三十(?![一二三四五六七八九])"
    r"|(?<![\d.])15(?:\.0+)?\s*%|百分之十五(?![一二三四五六七八九])"
    r"|(?<![\d.])40(?:\.0+)?\s*%|百分之四十(?![一二三四五六七八九])"
    r"|(?<![\d.])12\s*(?:个月|months?)|十二\s*个?\s*月|twelve\s*(?:\(12\)\s*)?months?",
    re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "4 个小时", "四小时", "four hours", "Four (4) hours", "0.05%",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "15%", "百分之十五", "40%", "百分之四十",
            "12个月", "十二个月", "12 months", "twelve months", "Twelve (12) months", "4h"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "0.5%",
             "0.055%", "CNY 0.02", "150%", "115%", "35%", "百分之三十五", "36个月", "2027年12月31日", "1,000",
             "45%", "万分之三", "4.4 Provider", "Article 4 Payment"]


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # self-test of the threshold scan
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)

    sources, targets = {}, {}
    for key, (name, src) in FILES.items():
        suffix = name.rsplit(".", 1)[1]
        if suffix in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, suffix)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    for key, (name, _src) in FILES.items():
        lang, category, vals, extra, design = D[key]
        terms = dict(zip(TERM_KEYS, vals))
        assert len(vals) == len(TERM_KEYS)
        cv = extra["contract_value"]
        assert sum(design["parts"]) == cv, (key, sum(design["parts"]), cv)
        if "pay" in design:
            assert sum(design["pay"]) == 100, key
            assert not any(p in (TH["prepay"], TH["cap"], TH["pwf"], TH["tco"]) for p in design["pay"]), key
        # no label value on a threshold
        assert terms["availability_pct"] != TH["availability"], key
        assert terms["p1_response_hours"] != TH["p1_hours"], key
        assert terms["ld_rate_per_day_pct"] is None or abs(terms["ld_rate_per_day_pct"] - TH["ld"]) > 1e-9, key
        assert terms["liability_cap_pct"] is None or abs(terms["liability_cap_pct"] - TH["cap"]) > 1e-9, key
        assert terms["prepayment_pct"] is None or abs(terms["prepayment_pct"] - TH["prepay"]) > 1e-9, key
        assert terms["warranty_months"] != TH["warranty"], key
        assert terms["post_warranty_fee_pct"] is None or abs(terms["post_warranty_fee_pct"] - TH["pwf"]) > 1e-9
        if terms["contract_kind"] == G:
            fee = design["annual_fee"]
            assert abs(fee / design["fee_base"] * 100 - terms["post_warranty_fee_pct"]) < 1e-9, key
            share = tco_share(terms, extra, design)
            assert abs(share - TH["tco"]) > 2, (key, share)
            print("  %s TCO share %.2f %%" % (key, share))
        else:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra
            assert terms["final_payment_on_acceptance"] is None
        rules = derive(key, terms, extra, design)
        assert rules == sorted(design["rules"]), (key, rules, design["rules"])
        fired.update(rules)
        label = {"file": name, "language": lang, "category": category, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")

        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        print("  %s %s %d %s risk %s rules %s" % (name, lang, n, "chars" if lang == "zh" else "words",
                                                  risk(rules), ", ".join(rules) or "(none)"))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    print("all 20 CR rules fire at least once")


if __name__ == "__main__":
    main()
